/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parliamentary Paper</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getPublicationId <em>Publication Id</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper()
 * @model
 * @generated
 */
public interface ParliamentaryPaper extends Source {
	/**
	 * Returns the value of the '<em><b>Publication Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publication Id</em>' attribute.
	 * @see #setPublicationId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_PublicationId()
	 * @model
	 * @generated
	 */
	String getPublicationId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getPublicationId <em>Publication Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Id</em>' attribute.
	 * @see #getPublicationId()
	 * @generated
	 */
	void setPublicationId(String value);

} // ParliamentaryPaper
