/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.NgoDocument;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ngo Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class NgoDocumentImpl extends SourceImpl implements NgoDocument {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NgoDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.NGO_DOCUMENT;
	}

} //NgoDocumentImpl
