/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Taxonomy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of themes and asks sources are linked to: a letter, a coalition agreement.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Taxonomy#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.Taxonomy#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.Taxonomy#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.Taxonomy#getSource <em>Source</em>}</li>
 *   <li>{@link org.lexgraph.model.Taxonomy#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.lexgraph.model.Taxonomy#getPopulationTerms <em>Population Terms</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy()
 * @model
 * @generated
 */
public interface Taxonomy extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Taxonomy#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Taxonomy#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Taxonomy#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document the taxonomy comes from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Source)
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_Source()
	 * @model
	 * @generated
	 */
	Source getSource();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Taxonomy#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Source value);

	/**
	 * Returns the value of the '<em><b>Themes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Theme}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Theme#getTaxonomy <em>Taxonomy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Themes</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_Themes()
	 * @see org.lexgraph.model.Theme#getTaxonomy
	 * @model opposite="taxonomy" containment="true"
	 * @generated
	 */
	EList<Theme> getThemes();

	/**
	 * Returns the value of the '<em><b>Population Terms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words that name the people the taxonomy is about (mensen zonder verblijfsvergunning, ...): an ask with the population condition needs them in the passage or its source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population Terms</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getTaxonomy_PopulationTerms()
	 * @model
	 * @generated
	 */
	EList<String> getPopulationTerms();

} // Taxonomy
