/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Theme#getTaxonomy <em>Taxonomy</em>}</li>
 *   <li>{@link org.lexgraph.model.Theme#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.Theme#getLabel <em>Label</em>}</li>
 *   <li>{@link org.lexgraph.model.Theme#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.Theme#getAsks <em>Asks</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getTheme()
 * @model
 * @generated
 */
public interface Theme extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Taxonomy</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Taxonomy#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Taxonomy</em>' container reference.
	 * @see #setTaxonomy(Taxonomy)
	 * @see org.lexgraph.model.LexgraphPackage#getTheme_Taxonomy()
	 * @see org.lexgraph.model.Taxonomy#getThemes
	 * @model opposite="themes"
	 * @generated
	 */
	Taxonomy getTaxonomy();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Theme#getTaxonomy <em>Taxonomy</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Taxonomy</em>' container reference.
	 * @see #getTaxonomy()
	 * @generated
	 */
	void setTaxonomy(Taxonomy value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key: T1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTheme_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Theme#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTheme_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Theme#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.lexgraph.model.LexgraphPackage#getTheme_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Theme#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Asks</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Ask}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Ask#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Asks</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getTheme_Asks()
	 * @see org.lexgraph.model.Ask#getTheme
	 * @model opposite="theme" containment="true"
	 * @generated
	 */
	EList<Ask> getAsks();

} // Theme
