/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.lexgraph.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LexgraphFactoryImpl extends EFactoryImpl implements LexgraphFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LexgraphFactory init() {
		try {
			LexgraphFactory theLexgraphFactory = (LexgraphFactory)EPackage.Registry.INSTANCE.getEFactory(LexgraphPackage.eNS_URI);
			if (theLexgraphFactory != null) {
				return theLexgraphFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LexgraphFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LexgraphFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LexgraphPackage.KNOWLEDGE_BASE: return createKnowledgeBase();
			case LexgraphPackage.GENERIC_DOCUMENT: return createGenericDocument();
			case LexgraphPackage.NGO_DOCUMENT: return createNgoDocument();
			case LexgraphPackage.PARLIAMENTARY_PAPER: return createParliamentaryPaper();
			case LexgraphPackage.REGULATION: return createRegulation();
			case LexgraphPackage.RULING: return createRuling();
			case LexgraphPackage.PASSAGE: return createPassage();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LexgraphPackage.SOURCE_STATUS:
				return createSourceStatusFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LexgraphPackage.SOURCE_STATUS:
				return convertSourceStatusToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnowledgeBase createKnowledgeBase() {
		KnowledgeBaseImpl knowledgeBase = new KnowledgeBaseImpl();
		return knowledgeBase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GenericDocument createGenericDocument() {
		GenericDocumentImpl genericDocument = new GenericDocumentImpl();
		return genericDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NgoDocument createNgoDocument() {
		NgoDocumentImpl ngoDocument = new NgoDocumentImpl();
		return ngoDocument;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ParliamentaryPaper createParliamentaryPaper() {
		ParliamentaryPaperImpl parliamentaryPaper = new ParliamentaryPaperImpl();
		return parliamentaryPaper;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regulation createRegulation() {
		RegulationImpl regulation = new RegulationImpl();
		return regulation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ruling createRuling() {
		RulingImpl ruling = new RulingImpl();
		return ruling;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Passage createPassage() {
		PassageImpl passage = new PassageImpl();
		return passage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SourceStatus createSourceStatusFromString(EDataType eDataType, String initialValue) {
		SourceStatus result = SourceStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSourceStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LexgraphPackage getLexgraphPackage() {
		return (LexgraphPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LexgraphPackage getPackage() {
		return LexgraphPackage.eINSTANCE;
	}

} //LexgraphFactoryImpl
