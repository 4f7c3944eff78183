/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Regulation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Regulation#getWorkId <em>Work Id</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getRegulation()
 * @model
 * @generated
 */
public interface Regulation extends Source {
	/**
	 * Returns the value of the '<em><b>Work Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Work Id</em>' attribute.
	 * @see #setWorkId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getRegulation_WorkId()
	 * @model
	 * @generated
	 */
	String getWorkId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Regulation#getWorkId <em>Work Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Work Id</em>' attribute.
	 * @see #getWorkId()
	 * @generated
	 */
	void setWorkId(String value);

} // Regulation
