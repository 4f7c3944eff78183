/**
 */
package org.lexgraph.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.SavedSearch#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.SavedSearch#getQuery <em>Query</em>}</li>
 *   <li>{@link org.lexgraph.model.SavedSearch#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.lexgraph.model.SavedSearch#getLastRun <em>Last Run</em>}</li>
 *   <li>{@link org.lexgraph.model.SavedSearch#getLastHitCount <em>Last Hit Count</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch()
 * @model
 * @generated
 */
public interface SavedSearch extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.SavedSearch#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Query</em>' attribute.
	 * @see #setQuery(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch_Query()
	 * @model
	 * @generated
	 */
	String getQuery();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.SavedSearch#getQuery <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Query</em>' attribute.
	 * @see #getQuery()
	 * @generated
	 */
	void setQuery(String value);

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * field:value filters.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch_Filters()
	 * @model
	 * @generated
	 */
	EList<String> getFilters();

	/**
	 * Returns the value of the '<em><b>Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Run</em>' attribute.
	 * @see #setLastRun(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch_LastRun()
	 * @model
	 * @generated
	 */
	Date getLastRun();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.SavedSearch#getLastRun <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Run</em>' attribute.
	 * @see #getLastRun()
	 * @generated
	 */
	void setLastRun(Date value);

	/**
	 * Returns the value of the '<em><b>Last Hit Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Last Hit Count</em>' attribute.
	 * @see #setLastHitCount(int)
	 * @see org.lexgraph.model.LexgraphPackage#getSavedSearch_LastHitCount()
	 * @model
	 * @generated
	 */
	int getLastHitCount();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.SavedSearch#getLastHitCount <em>Last Hit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Last Hit Count</em>' attribute.
	 * @see #getLastHitCount()
	 * @generated
	 */
	void setLastHitCount(int value);

} // SavedSearch
