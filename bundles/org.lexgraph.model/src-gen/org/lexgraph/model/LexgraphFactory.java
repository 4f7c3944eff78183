/**
 */
package org.lexgraph.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.lexgraph.model.LexgraphPackage
 * @generated
 */
public interface LexgraphFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LexgraphFactory eINSTANCE = org.lexgraph.model.impl.LexgraphFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Knowledge Base</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Knowledge Base</em>'.
	 * @generated
	 */
	KnowledgeBase createKnowledgeBase();

	/**
	 * Returns a new object of class '<em>Generic Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Generic Document</em>'.
	 * @generated
	 */
	GenericDocument createGenericDocument();

	/**
	 * Returns a new object of class '<em>Ngo Document</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ngo Document</em>'.
	 * @generated
	 */
	NgoDocument createNgoDocument();

	/**
	 * Returns a new object of class '<em>Parliamentary Paper</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Parliamentary Paper</em>'.
	 * @generated
	 */
	ParliamentaryPaper createParliamentaryPaper();

	/**
	 * Returns a new object of class '<em>Regulation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Regulation</em>'.
	 * @generated
	 */
	Regulation createRegulation();

	/**
	 * Returns a new object of class '<em>Ruling</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Ruling</em>'.
	 * @generated
	 */
	Ruling createRuling();

	/**
	 * Returns a new object of class '<em>Passage</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Passage</em>'.
	 * @generated
	 */
	Passage createPassage();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	LexgraphPackage getLexgraphPackage();

} //LexgraphFactory
