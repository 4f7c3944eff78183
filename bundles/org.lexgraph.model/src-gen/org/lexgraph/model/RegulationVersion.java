/**
 */
package org.lexgraph.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regulation Version</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One consolidated text of a regulation, valid in a period.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getRegulation <em>Regulation</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getVersionId <em>Version Id</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getPublication <em>Publication</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getChange <em>Change</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.lexgraph.model.RegulationVersion#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion()
 * @model
 * @generated
 */
public interface RegulationVersion extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Regulation</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Regulation#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regulation</em>' container reference.
	 * @see #setRegulation(Regulation)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_Regulation()
	 * @see org.lexgraph.model.Regulation#getVersions
	 * @model opposite="versions"
	 * @generated
	 */
	Regulation getRegulation();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getRegulation <em>Regulation</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regulation</em>' container reference.
	 * @see #getRegulation()
	 * @generated
	 */
	void setRegulation(Regulation value);

	/**
	 * Returns the value of the '<em><b>Version Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * CVDR641872_2, or a BWB consolidation date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version Id</em>' attribute.
	 * @see #setVersionId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_VersionId()
	 * @model
	 * @generated
	 */
	String getVersionId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getVersionId <em>Version Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Id</em>' attribute.
	 * @see #getVersionId()
	 * @generated
	 */
	void setVersionId(String value);

	/**
	 * Returns the value of the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid From</em>' attribute.
	 * @see #setValidFrom(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_ValidFrom()
	 * @model
	 * @generated
	 */
	Date getValidFrom();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getValidFrom <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid From</em>' attribute.
	 * @see #getValidFrom()
	 * @generated
	 */
	void setValidFrom(Date value);

	/**
	 * Returns the value of the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Valid To</em>' attribute.
	 * @see #setValidTo(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_ValidTo()
	 * @model
	 * @generated
	 */
	Date getValidTo();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getValidTo <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid To</em>' attribute.
	 * @see #getValidTo()
	 * @generated
	 */
	void setValidTo(Date value);

	/**
	 * Returns the value of the '<em><b>Publication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The publication that made this version: gmb-2022-66747, Stb. 2022, 543.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication</em>' attribute.
	 * @see #setPublication(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_Publication()
	 * @model
	 * @generated
	 */
	String getPublication();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getPublication <em>Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication</em>' attribute.
	 * @see #getPublication()
	 * @generated
	 */
	void setPublication(String value);

	/**
	 * Returns the value of the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the publication did: nieuwe regeling, wijziging, intrekking.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Change</em>' attribute.
	 * @see #setChange(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_Change()
	 * @model
	 * @generated
	 */
	String getChange();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getChange <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change</em>' attribute.
	 * @see #getChange()
	 * @generated
	 */
	void setChange(String value);

	/**
	 * Returns the value of the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Supersedes</em>' reference.
	 * @see #setSupersedes(RegulationVersion)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_Supersedes()
	 * @model
	 * @generated
	 */
	RegulationVersion getSupersedes();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.RegulationVersion#getSupersedes <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Supersedes</em>' reference.
	 * @see #getSupersedes()
	 * @generated
	 */
	void setSupersedes(RegulationVersion value);

	/**
	 * Returns the value of the '<em><b>Articles</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.StructureElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Articles</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getRegulationVersion_Articles()
	 * @model containment="true"
	 * @generated
	 */
	EList<StructureElement> getArticles();

} // RegulationVersion
