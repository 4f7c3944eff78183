/**
 */
package org.lexgraph.model;


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

} // Ruling
