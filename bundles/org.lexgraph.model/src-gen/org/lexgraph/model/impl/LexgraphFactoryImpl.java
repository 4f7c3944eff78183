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
			case LexgraphPackage.COLLECTION: return createCollection();
			case LexgraphPackage.GENERIC_DOCUMENT: return createGenericDocument();
			case LexgraphPackage.NGO_DOCUMENT: return createNgoDocument();
			case LexgraphPackage.PARLIAMENTARY_PAPER: return createParliamentaryPaper();
			case LexgraphPackage.REGULATION: return createRegulation();
			case LexgraphPackage.REGULATION_VERSION: return createRegulationVersion();
			case LexgraphPackage.STRUCTURE_ELEMENT: return createStructureElement();
			case LexgraphPackage.RULING: return createRuling();
			case LexgraphPackage.PASSAGE: return createPassage();
			case LexgraphPackage.CITATION: return createCitation();
			case LexgraphPackage.ACTOR: return createActor();
			case LexgraphPackage.TAXONOMY: return createTaxonomy();
			case LexgraphPackage.THEME: return createTheme();
			case LexgraphPackage.ASK: return createAsk();
			case LexgraphPackage.THEME_LINK: return createThemeLink();
			case LexgraphPackage.BASKET: return createBasket();
			case LexgraphPackage.QUOTE: return createQuote();
			case LexgraphPackage.SAVED_SEARCH: return createSavedSearch();
			case LexgraphPackage.NOTE: return createNote();
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
			case LexgraphPackage.CHAMBER:
				return createChamberFromString(eDataType, initialValue);
			case LexgraphPackage.REGULATION_SCOPE:
				return createRegulationScopeFromString(eDataType, initialValue);
			case LexgraphPackage.STRUCTURE_KIND:
				return createStructureKindFromString(eDataType, initialValue);
			case LexgraphPackage.CITATION_TYPE:
				return createCitationTypeFromString(eDataType, initialValue);
			case LexgraphPackage.ACTOR_KIND:
				return createActorKindFromString(eDataType, initialValue);
			case LexgraphPackage.LINK_ORIGIN:
				return createLinkOriginFromString(eDataType, initialValue);
			case LexgraphPackage.LINK_STATE:
				return createLinkStateFromString(eDataType, initialValue);
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
			case LexgraphPackage.CHAMBER:
				return convertChamberToString(eDataType, instanceValue);
			case LexgraphPackage.REGULATION_SCOPE:
				return convertRegulationScopeToString(eDataType, instanceValue);
			case LexgraphPackage.STRUCTURE_KIND:
				return convertStructureKindToString(eDataType, instanceValue);
			case LexgraphPackage.CITATION_TYPE:
				return convertCitationTypeToString(eDataType, instanceValue);
			case LexgraphPackage.ACTOR_KIND:
				return convertActorKindToString(eDataType, instanceValue);
			case LexgraphPackage.LINK_ORIGIN:
				return convertLinkOriginToString(eDataType, instanceValue);
			case LexgraphPackage.LINK_STATE:
				return convertLinkStateToString(eDataType, instanceValue);
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
	public Collection createCollection() {
		CollectionImpl collection = new CollectionImpl();
		return collection;
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
	public RegulationVersion createRegulationVersion() {
		RegulationVersionImpl regulationVersion = new RegulationVersionImpl();
		return regulationVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StructureElement createStructureElement() {
		StructureElementImpl structureElement = new StructureElementImpl();
		return structureElement;
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
	@Override
	public Citation createCitation() {
		CitationImpl citation = new CitationImpl();
		return citation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor createActor() {
		ActorImpl actor = new ActorImpl();
		return actor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Taxonomy createTaxonomy() {
		TaxonomyImpl taxonomy = new TaxonomyImpl();
		return taxonomy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme createTheme() {
		ThemeImpl theme = new ThemeImpl();
		return theme;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ask createAsk() {
		AskImpl ask = new AskImpl();
		return ask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThemeLink createThemeLink() {
		ThemeLinkImpl themeLink = new ThemeLinkImpl();
		return themeLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Basket createBasket() {
		BasketImpl basket = new BasketImpl();
		return basket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Quote createQuote() {
		QuoteImpl quote = new QuoteImpl();
		return quote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SavedSearch createSavedSearch() {
		SavedSearchImpl savedSearch = new SavedSearchImpl();
		return savedSearch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
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
	public Chamber createChamberFromString(EDataType eDataType, String initialValue) {
		Chamber result = Chamber.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertChamberToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegulationScope createRegulationScopeFromString(EDataType eDataType, String initialValue) {
		RegulationScope result = RegulationScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRegulationScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StructureKind createStructureKindFromString(EDataType eDataType, String initialValue) {
		StructureKind result = StructureKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStructureKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CitationType createCitationTypeFromString(EDataType eDataType, String initialValue) {
		CitationType result = CitationType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertCitationTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ActorKind createActorKindFromString(EDataType eDataType, String initialValue) {
		ActorKind result = ActorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertActorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkOrigin createLinkOriginFromString(EDataType eDataType, String initialValue) {
		LinkOrigin result = LinkOrigin.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkOriginToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LinkState createLinkStateFromString(EDataType eDataType, String initialValue) {
		LinkState result = LinkState.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLinkStateToString(EDataType eDataType, Object instanceValue) {
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
