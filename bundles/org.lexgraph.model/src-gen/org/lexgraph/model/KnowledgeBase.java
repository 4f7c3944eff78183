/**
 */
package org.lexgraph.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Knowledge Base</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.lexgraph.model.KnowledgeBase#getSources <em>Sources</em>}</li>
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

} // KnowledgeBase
