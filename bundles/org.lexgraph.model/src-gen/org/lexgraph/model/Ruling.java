/**
 */
package org.lexgraph.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ruling</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Ruling#getEcli <em>Ecli</em>}</li>
 *   <li>{@link org.lexgraph.model.Ruling#getCourt <em>Court</em>}</li>
 *   <li>{@link org.lexgraph.model.Ruling#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link org.lexgraph.model.Ruling#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.lexgraph.model.Ruling#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.lexgraph.model.Ruling#getAreaOfLaw <em>Area Of Law</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getRuling()
 * @model
 * @generated
 */
public interface Ruling extends Source {
	/**
	 * Returns the value of the '<em><b>Ecli</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ecli</em>' attribute.
	 * @see #setEcli(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_Ecli()
	 * @model
	 * @generated
	 */
	String getEcli();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getEcli <em>Ecli</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ecli</em>' attribute.
	 * @see #getEcli()
	 * @generated
	 */
	void setEcli(String value);

	/**
	 * Returns the value of the '<em><b>Court</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Court</em>' reference.
	 * @see #setCourt(Actor)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_Court()
	 * @model
	 * @generated
	 */
	Actor getCourt();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getCourt <em>Court</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Court</em>' reference.
	 * @see #getCourt()
	 * @generated
	 */
	void setCourt(Actor value);

	/**
	 * Returns the value of the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision Date</em>' attribute.
	 * @see #setDecisionDate(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_DecisionDate()
	 * @model
	 * @generated
	 */
	Date getDecisionDate();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getDecisionDate <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision Date</em>' attribute.
	 * @see #getDecisionDate()
	 * @generated
	 */
	void setDecisionDate(Date value);

	/**
	 * Returns the value of the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Procedure</em>' attribute.
	 * @see #setProcedure(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_Procedure()
	 * @model
	 * @generated
	 */
	String getProcedure();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getProcedure <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Procedure</em>' attribute.
	 * @see #getProcedure()
	 * @generated
	 */
	void setProcedure(String value);

	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The court's case number (zaaknummer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_CaseNumber()
	 * @model
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Area Of Law</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Rechtsgebied: Bestuursrecht; Vreemdelingenrecht.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area Of Law</em>' attribute.
	 * @see #setAreaOfLaw(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRuling_AreaOfLaw()
	 * @model
	 * @generated
	 */
	String getAreaOfLaw();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Ruling#getAreaOfLaw <em>Area Of Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area Of Law</em>' attribute.
	 * @see #getAreaOfLaw()
	 * @generated
	 */
	void setAreaOfLaw(String value);

} // Ruling
