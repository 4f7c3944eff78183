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
 *   <li>{@link org.lexgraph.model.Ask#getRequiredTerms <em>Required Terms</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getExcludedTerms <em>Excluded Terms</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#isPopulation <em>Population</em>}</li>
 *   <li>{@link org.lexgraph.model.Ask#getThreshold <em>Threshold</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Required Terms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A passage addresses the ask only when it holds at least one of these words (none: no such condition).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Terms</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_RequiredTerms()
	 * @model
	 * @generated
	 */
	EList<String> getRequiredTerms();

	/**
	 * Returns the value of the '<em><b>Excluded Terms</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A passage holding one of these words does not address the ask.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Excluded Terms</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_ExcludedTerms()
	 * @model
	 * @generated
	 */
	EList<String> getExcludedTerms();

	/**
	 * Returns the value of the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The passage, or the source it belongs to, must concern people without a residence permit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Population</em>' attribute.
	 * @see #setPopulation(boolean)
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Population()
	 * @model
	 * @generated
	 */
	boolean isPopulation();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#isPopulation <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Population</em>' attribute.
	 * @see #isPopulation()
	 * @generated
	 */
	void setPopulation(boolean value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least score (0 to 1) for a proposed link; 0 means the linker's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.lexgraph.model.LexgraphPackage#getAsk_Threshold()
	 * @model
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ask#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

} // Ask
