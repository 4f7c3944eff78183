/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Basket</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ordered collection of quotes, for a letter or a programme.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Basket#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.Basket#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.Basket#getQuotes <em>Quotes</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getBasket()
 * @model
 * @generated
 */
public interface Basket extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lexgraph.model.LexgraphPackage#getBasket_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Basket#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.lexgraph.model.LexgraphPackage#getBasket_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Basket#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Quotes</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Quote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quotes</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getBasket_Quotes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Quote> getQuotes();

} // Basket
