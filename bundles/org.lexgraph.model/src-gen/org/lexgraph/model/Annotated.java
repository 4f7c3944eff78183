/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotated</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An object users can attach notes to.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Annotated#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getAnnotated()
 * @model abstract="true"
 * @generated
 */
public interface Annotated extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's notes, oldest first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getAnnotated_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

} // Annotated
