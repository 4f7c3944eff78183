/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.lexgraph.model.GenericDocument;
import org.lexgraph.model.LexgraphPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Generic Document</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class GenericDocumentImpl extends SourceImpl implements GenericDocument {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GenericDocumentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.GENERIC_DOCUMENT;
	}

} //GenericDocumentImpl
