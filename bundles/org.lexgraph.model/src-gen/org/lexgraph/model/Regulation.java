/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regulation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A national (BWB) or decentral (CVDR) regulation with its versions.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Regulation#getScope <em>Scope</em>}</li>
 *   <li>{@link org.lexgraph.model.Regulation#getWorkId <em>Work Id</em>}</li>
 *   <li>{@link org.lexgraph.model.Regulation#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.lexgraph.model.Regulation#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.lexgraph.model.Regulation#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.lexgraph.model.Regulation#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getRegulation()
 * @model
 * @generated
 */
public interface Regulation extends Source {
	/**
	 * Returns the value of the '<em><b>Scope</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.RegulationScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Scope</em>' attribute.
	 * @see org.lexgraph.model.RegulationScope
	 * @see #setScope(RegulationScope)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_Scope()
	 * @model
	 * @generated
	 */
	RegulationScope getScope();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Regulation#getScope <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scope</em>' attribute.
	 * @see org.lexgraph.model.RegulationScope
	 * @see #getScope()
	 * @generated
	 */
	void setScope(RegulationScope value);

	/**
	 * Returns the value of the '<em><b>Work Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * BWBR0011823 or CVDR641839.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Work Id</em>' attribute.
	 * @see #setWorkId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_WorkId()
	 * @model
	 * @generated
	 */
	String getWorkId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Regulation#getWorkId <em>Work Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Id</em>' attribute.
	 * @see #getWorkId()
	 * @generated
	 */
	void setWorkId(String value);

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The regulations it is based on: CVDR://, BWB:// or jci references with their names.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_LegalBasis()
	 * @model
	 * @generated
	 */
	EList<String> getLegalBasis();

	/**
	 * Returns the value of the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authority</em>' reference.
	 * @see #setAuthority(Actor)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_Authority()
	 * @model
	 * @generated
	 */
	Actor getAuthority();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Regulation#getAuthority <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Authority</em>' reference.
	 * @see #getAuthority()
	 * @generated
	 */
	void setAuthority(Actor value);

	/**
	 * Returns the value of the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality</em>' reference.
	 * @see #setMunicipality(Actor)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_Municipality()
	 * @model
	 * @generated
	 */
	Actor getMunicipality();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Regulation#getMunicipality <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality</em>' reference.
	 * @see #getMunicipality()
	 * @generated
	 */
	void setMunicipality(Actor value);

	/**
	 * Returns the value of the '<em><b>Versions</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.RegulationVersion}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.RegulationVersion#getRegulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Versions</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_Versions()
	 * @see org.lexgraph.model.RegulationVersion#getRegulation
	 * @model opposite="regulation" containment="true"
	 * @generated
	 */
	EList<RegulationVersion> getVersions();

} // Regulation
