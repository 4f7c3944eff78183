/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Generic Document</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.lexgraph.model.LexgraphPackage#getGenericDocument()
 * @model
 * @generated
 */
public interface GenericDocument extends Source {
} // GenericDocument
