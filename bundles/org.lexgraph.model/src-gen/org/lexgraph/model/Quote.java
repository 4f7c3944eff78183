/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;


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
 *   <li>{@link org.lexgraph.model.Quote#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getPassageId <em>Passage Id</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getStart <em>Start</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getEnd <em>End</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#isChanged <em>Changed</em>}</li>
 *   <li>{@link org.lexgraph.model.Quote#getAsks <em>Asks</em>}</li>
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

	/**
	 * Returns the value of the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source quoted: where the quote is found again after a re-import.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Id</em>' attribute.
	 * @see #setSourceId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_SourceId()
	 * @model
	 * @generated
	 */
	String getSourceId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getSourceId <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Id</em>' attribute.
	 * @see #getSourceId()
	 * @generated
	 */
	void setSourceId(String value);

	/**
	 * Returns the value of the '<em><b>Passage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The passage quoted, by id.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Passage Id</em>' attribute.
	 * @see #setPassageId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_PassageId()
	 * @model
	 * @generated
	 */
	String getPassageId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getPassageId <em>Passage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage Id</em>' attribute.
	 * @see #getPassageId()
	 * @generated
	 */
	void setPassageId(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the quote begins in the passage's text (a character offset).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(int)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Start()
	 * @model
	 * @generated
	 */
	int getStart();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(int value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(int)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_End()
	 * @model
	 * @generated
	 */
	int getEnd();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(int value);

	/**
	 * Returns the value of the '<em><b>Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The source was imported again and the quoted words are no longer in it as they were.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Changed</em>' attribute.
	 * @see #setChanged(boolean)
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Changed()
	 * @model
	 * @generated
	 */
	boolean isChanged();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Quote#isChanged <em>Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Changed</em>' attribute.
	 * @see #isChanged()
	 * @generated
	 */
	void setChanged(boolean value);

	/**
	 * Returns the value of the '<em><b>Asks</b></em>' reference list.
	 * The list contents are of type {@link org.lexgraph.model.Ask}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The asks the quote supports.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Asks</em>' reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getQuote_Asks()
	 * @model
	 * @generated
	 */
	EList<Ask> getAsks();

} // Quote
