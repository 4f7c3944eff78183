/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ask</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A concrete ask of a theme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Ask#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getLabel <em>Label</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getAsk()
 * @model
 * @generated
 */
public interface Ask extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Theme</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Theme#getAsks <em>Asks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theme</em>' container reference.
	 * @see #setTheme(Theme)
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Theme()
	 * @see org.lexgraph.model.Theme#getAsks
	 * @model opposite="asks"
	 * @generated
	 */
	Theme getTheme();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#getTheme <em>Theme</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theme</em>' container reference.
	 * @see #getTheme()
	 * @generated
	 */
	void setTheme(Theme value);

	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stable key: T2.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#getKey <em>Key</em>}' attribute.
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
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#getLabel <em>Label</em>}' attribute.
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
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Terms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Words that signal the ask in a passage (the theme linker's vocabulary).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Terms</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Terms()
	 * @model
	 * @generated
	 */
	EList<String> getTerms();

} // Ask
