/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Theme Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A passage addresses an ask.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.ThemeLink#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.ThemeLink#getAsk <em>Ask</em>}</li>
 *   <li>{@link org.lexgraph.model.ThemeLink#getScore <em>Score</em>}</li>
 *   <li>{@link org.lexgraph.model.ThemeLink#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.lexgraph.model.ThemeLink#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.lexgraph.model.ThemeLink#getState <em>State</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getThemeLink()
 * @model
 * @generated
 */
public interface ThemeLink extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Passage</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Passage#getThemeLinks <em>Theme Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passage</em>' container reference.
	 * @see #setPassage(Passage)
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_Passage()
	 * @see org.lexgraph.model.Passage#getThemeLinks
	 * @model opposite="themeLinks"
	 * @generated
	 */
	Passage getPassage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ThemeLink#getPassage <em>Passage</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Passage</em>' container reference.
	 * @see #getPassage()
	 * @generated
	 */
	void setPassage(Passage value);

	/**
	 * Returns the value of the '<em><b>Ask</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ask</em>' reference.
	 * @see #setAsk(Ask)
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_Ask()
	 * @model
	 * @generated
	 */
	Ask getAsk();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ThemeLink#getAsk <em>Ask</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ask</em>' reference.
	 * @see #getAsk()
	 * @generated
	 */
	void setAsk(Ask value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ThemeLink#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The matched terms or spans.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_Evidence()
	 * @model
	 * @generated
	 */
	EList<String> getEvidence();

	/**
	 * Returns the value of the '<em><b>Origin</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.LinkOrigin}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin</em>' attribute.
	 * @see org.lexgraph.model.LinkOrigin
	 * @see #setOrigin(LinkOrigin)
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_Origin()
	 * @model
	 * @generated
	 */
	LinkOrigin getOrigin();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ThemeLink#getOrigin <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin</em>' attribute.
	 * @see org.lexgraph.model.LinkOrigin
	 * @see #getOrigin()
	 * @generated
	 */
	void setOrigin(LinkOrigin value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.LinkState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see org.lexgraph.model.LinkState
	 * @see #setState(LinkState)
	 * @see org.lexgraph.model.LexgraphPackage#getThemeLink_State()
	 * @model
	 * @generated
	 */
	LinkState getState();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ThemeLink#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see org.lexgraph.model.LinkState
	 * @see #getState()
	 * @generated
	 */
	void setState(LinkState value);

} // ThemeLink
