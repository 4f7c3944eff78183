/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a knowledge base. Sources live in resources of their own (containment proxies).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getSources <em>Sources</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getCollections <em>Collections</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getActors <em>Actors</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getTaxonomies <em>Taxonomies</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getBaskets <em>Baskets</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getSavedSearches <em>Saved Searches</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase()
 * @model
 * @generated
 */
public interface KnowledgeBase extends Identifiable {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.KnowledgeBase#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The on-disk format version; see ModelStore for migrations.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(int)
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_FormatVersion()
	 * @model
	 * @generated
	 */
	int getFormatVersion();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.KnowledgeBase#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(int value);

	/**
	 * Returns the value of the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Incremented on every save; the index records the generation it was built from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generation</em>' attribute.
	 * @see #setGeneration(long)
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Generation()
	 * @model
	 * @generated
	 */
	long getGeneration();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.KnowledgeBase#getGeneration <em>Generation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generation</em>' attribute.
	 * @see #getGeneration()
	 * @generated
	 */
	void setGeneration(long value);

	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Source}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Sources()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Source> getSources();

	/**
	 * Returns the value of the '<em><b>Collections</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Collection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The user's folders of sources (top level).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Collections</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Collections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Collection> getCollections();

	/**
	 * Returns the value of the '<em><b>Actors</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Actors</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Actors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Actor> getActors();

	/**
	 * Returns the value of the '<em><b>Taxonomies</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Taxonomy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Theme taxonomies; the letter's is created in every new knowledge base.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Taxonomies</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Taxonomies()
	 * @model containment="true"
	 * @generated
	 */
	EList<Taxonomy> getTaxonomies();

	/**
	 * Returns the value of the '<em><b>Baskets</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Basket}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Baskets</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_Baskets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Basket> getBaskets();

	/**
	 * Returns the value of the '<em><b>Saved Searches</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.SavedSearch}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Saved Searches</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getKnowledgeBase_SavedSearches()
	 * @model containment="true"
	 * @generated
	 */
	EList<SavedSearch> getSavedSearches();

} // KnowledgeBase
