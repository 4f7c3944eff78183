/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Quote#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getQuotedText <em>Quoted Text</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getPinpoint <em>Pinpoint</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getQuote()
 * @model
 * @generated
 */
public interface Quote extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Passage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passage</em>' reference.
	 * @see #setPassage(Passage)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Passage()
	 * @model
	 * @generated
	 */
	Passage getPassage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getPassage <em>Passage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage</em>' reference.
	 * @see #getPassage()
	 * @generated
	 */
	void setPassage(Passage value);

	/**
	 * Returns the value of the '<em><b>Quoted Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quoted Text</em>' attribute.
	 * @see #setQuotedText(String)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_QuotedText()
	 * @model
	 * @generated
	 */
	String getQuotedText();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getQuotedText <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quoted Text</em>' attribute.
	 * @see #getQuotedText()
	 * @generated
	 */
	void setQuotedText(String value);

	/**
	 * Returns the value of the '<em><b>Pinpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinpoint</em>' attribute.
	 * @see #setPinpoint(String)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Pinpoint()
	 * @model
	 * @generated
	 */
	String getPinpoint();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getPinpoint <em>Pinpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinpoint</em>' attribute.
	 * @see #getPinpoint()
	 * @generated
	 */
	void setPinpoint(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' attribute.
	 * @see #setNote(String)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Note()
	 * @model
	 * @generated
	 */
	String getNote();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getNote <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' attribute.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(String value);

} // Quote
