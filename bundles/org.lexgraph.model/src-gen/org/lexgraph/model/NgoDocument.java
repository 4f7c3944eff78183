/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ngo Document</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.lexgraph.model.LexgraphPackage#getNgoDocument()
 * @model
 * @generated
 */
public interface NgoDocument extends Source {
} // NgoDocument
