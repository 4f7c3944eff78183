/**
 */
package org.lexgraph.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Lexgraph knowledge graph: the truth of a knowledge base. The Lucene index is derived from it.
 * <!-- end-model-doc -->
 * @see org.lexgraph.model.LexgraphFactory
 * @model kind="package"
 * @generated
 */
public interface LexgraphPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://lexgraph.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "lexgraph";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LexgraphPackage eINSTANCE = org.lexgraph.model.impl.LexgraphPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.IdentifiableImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getIdentifiable()
	 * @generated
	 */
	int IDENTIFIABLE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE__ID = 0;

	/**
	 * The number of structural features of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Identifiable</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.AnnotatedImpl <em>Annotated</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.AnnotatedImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getAnnotated()
	 * @generated
	 */
	int ANNOTATED = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATED__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATED__NOTES = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Annotated</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATED_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Annotated</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATED_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.KnowledgeBaseImpl <em>Knowledge Base</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.KnowledgeBaseImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getKnowledgeBase()
	 * @generated
	 */
	int KNOWLEDGE_BASE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__FORMAT_VERSION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Generation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__GENERATION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__SOURCES = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Collections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__COLLECTIONS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Actors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__ACTORS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Taxonomies</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__TAXONOMIES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Baskets</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__BASKETS = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Saved Searches</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE__SAVED_SEARCHES = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Knowledge Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Knowledge Base</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWLEDGE_BASE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.CollectionImpl <em>Collection</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.CollectionImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCollection()
	 * @generated
	 */
	int COLLECTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sources</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION__SOURCES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION__CHILDREN = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Collection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Collection</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLECTION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.SourceImpl <em>Source</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.SourceImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSource()
	 * @generated
	 */
	int SOURCE = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ID = ANNOTATED__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__NOTES = ANNOTATED__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TITLE = ANNOTATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ORIGINAL_PATH = ANNOTATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CONTENT_HASH = ANNOTATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FORMAT = ANNOTATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__BYTE_SIZE = ANNOTATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__IMPORTED_AT = ANNOTATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__DATE = ANNOTATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__LANGUAGE = ANNOTATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PAGE_COUNT = ANNOTATED_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATUS = ANNOTATED_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__STATUS_MESSAGE = ANNOTATED_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PROVENANCE = ANNOTATED_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__FILE_REMOVED = ANNOTATED_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__TEXT_HASH = ANNOTATED_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__CONTAINER_HASH = ANNOTATED_FEATURE_COUNT + 14;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__ARCHIVE_PATH = ANNOTATED_FEATURE_COUNT + 15;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PUBLISHER = ANNOTATED_FEATURE_COUNT + 16;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__AUTHORS = ANNOTATED_FEATURE_COUNT + 17;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__SIGNATORIES = ANNOTATED_FEATURE_COUNT + 18;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE__PASSAGES = ANNOTATED_FEATURE_COUNT + 19;

	/**
	 * The number of structural features of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_FEATURE_COUNT = ANNOTATED_FEATURE_COUNT + 20;

	/**
	 * The number of operations of the '<em>Source</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOURCE_OPERATION_COUNT = ANNOTATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.GenericDocumentImpl <em>Generic Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.GenericDocumentImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getGenericDocument()
	 * @generated
	 */
	int GENERIC_DOCUMENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__NOTES = SOURCE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__TITLE = SOURCE__TITLE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__FORMAT = SOURCE__FORMAT;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__BYTE_SIZE = SOURCE__BYTE_SIZE;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__DATE = SOURCE__DATE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__PAGE_COUNT = SOURCE__PAGE_COUNT;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__STATUS = SOURCE__STATUS;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__STATUS_MESSAGE = SOURCE__STATUS_MESSAGE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__PROVENANCE = SOURCE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__FILE_REMOVED = SOURCE__FILE_REMOVED;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__TEXT_HASH = SOURCE__TEXT_HASH;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__CONTAINER_HASH = SOURCE__CONTAINER_HASH;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__ARCHIVE_PATH = SOURCE__ARCHIVE_PATH;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__PUBLISHER = SOURCE__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__AUTHORS = SOURCE__AUTHORS;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__SIGNATORIES = SOURCE__SIGNATORIES;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT__PASSAGES = SOURCE__PASSAGES;

	/**
	 * The number of structural features of the '<em>Generic Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Generic Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GENERIC_DOCUMENT_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.NgoDocumentImpl <em>Ngo Document</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.NgoDocumentImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getNgoDocument()
	 * @generated
	 */
	int NGO_DOCUMENT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__NOTES = SOURCE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__TITLE = SOURCE__TITLE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__FORMAT = SOURCE__FORMAT;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__BYTE_SIZE = SOURCE__BYTE_SIZE;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__DATE = SOURCE__DATE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__PAGE_COUNT = SOURCE__PAGE_COUNT;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__STATUS = SOURCE__STATUS;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__STATUS_MESSAGE = SOURCE__STATUS_MESSAGE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__PROVENANCE = SOURCE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__FILE_REMOVED = SOURCE__FILE_REMOVED;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__TEXT_HASH = SOURCE__TEXT_HASH;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__CONTAINER_HASH = SOURCE__CONTAINER_HASH;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__ARCHIVE_PATH = SOURCE__ARCHIVE_PATH;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__PUBLISHER = SOURCE__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__AUTHORS = SOURCE__AUTHORS;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__SIGNATORIES = SOURCE__SIGNATORIES;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT__PASSAGES = SOURCE__PASSAGES;

	/**
	 * The number of structural features of the '<em>Ngo Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Ngo Document</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NGO_DOCUMENT_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.ParliamentaryPaperImpl <em>Parliamentary Paper</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.ParliamentaryPaperImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getParliamentaryPaper()
	 * @generated
	 */
	int PARLIAMENTARY_PAPER = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__NOTES = SOURCE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__TITLE = SOURCE__TITLE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__FORMAT = SOURCE__FORMAT;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__BYTE_SIZE = SOURCE__BYTE_SIZE;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__DATE = SOURCE__DATE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__PAGE_COUNT = SOURCE__PAGE_COUNT;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__STATUS = SOURCE__STATUS;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__STATUS_MESSAGE = SOURCE__STATUS_MESSAGE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__PROVENANCE = SOURCE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__FILE_REMOVED = SOURCE__FILE_REMOVED;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__TEXT_HASH = SOURCE__TEXT_HASH;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__CONTAINER_HASH = SOURCE__CONTAINER_HASH;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__ARCHIVE_PATH = SOURCE__ARCHIVE_PATH;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__PUBLISHER = SOURCE__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__AUTHORS = SOURCE__AUTHORS;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__SIGNATORIES = SOURCE__SIGNATORIES;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__PASSAGES = SOURCE__PASSAGES;

	/**
	 * The feature id for the '<em><b>Chamber</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__CHAMBER = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vergaderjaar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__VERGADERJAAR = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Dossier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__DOSSIER = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Dossier Chapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__DOSSIER_CHAPTER = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Ondernummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__ONDERNUMMER = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__DOCUMENT_NUMBER = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Zaak Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__ZAAK_NUMBER = SOURCE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Dossier Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__DOSSIER_TITLE = SOURCE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Publication Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER__PUBLICATION_ID = SOURCE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Parliamentary Paper</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Parliamentary Paper</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARLIAMENTARY_PAPER_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.RegulationImpl <em>Regulation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.RegulationImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulation()
	 * @generated
	 */
	int REGULATION = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__NOTES = SOURCE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__TITLE = SOURCE__TITLE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__FORMAT = SOURCE__FORMAT;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__BYTE_SIZE = SOURCE__BYTE_SIZE;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__DATE = SOURCE__DATE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__PAGE_COUNT = SOURCE__PAGE_COUNT;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__STATUS = SOURCE__STATUS;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__STATUS_MESSAGE = SOURCE__STATUS_MESSAGE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__PROVENANCE = SOURCE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__FILE_REMOVED = SOURCE__FILE_REMOVED;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__TEXT_HASH = SOURCE__TEXT_HASH;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__CONTAINER_HASH = SOURCE__CONTAINER_HASH;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__ARCHIVE_PATH = SOURCE__ARCHIVE_PATH;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__PUBLISHER = SOURCE__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__AUTHORS = SOURCE__AUTHORS;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__SIGNATORIES = SOURCE__SIGNATORIES;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__PASSAGES = SOURCE__PASSAGES;

	/**
	 * The feature id for the '<em><b>Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__SCOPE = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Work Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__WORK_ID = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__LEGAL_BASIS = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Authority</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__AUTHORITY = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Municipality</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__MUNICIPALITY = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Versions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION__VERSIONS = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Regulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Regulation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.RegulationVersionImpl <em>Regulation Version</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.RegulationVersionImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulationVersion()
	 * @generated
	 */
	int REGULATION_VERSION = 9;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Regulation</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__REGULATION = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__VERSION_ID = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Valid From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__VALID_FROM = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Valid To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__VALID_TO = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Publication</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__PUBLICATION = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Change</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__CHANGE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Supersedes</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__SUPERSEDES = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Articles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION__ARTICLES = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Regulation Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Regulation Version</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGULATION_VERSION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.StructureElementImpl <em>Structure Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.StructureElementImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getStructureElement()
	 * @generated
	 */
	int STRUCTURE_ELEMENT = 10;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__KIND = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__LABEL = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__KEY = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__NUMBER = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__TITLE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__TEXT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT__CHILDREN = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Structure Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Structure Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRUCTURE_ELEMENT_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.RulingImpl <em>Ruling</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.RulingImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRuling()
	 * @generated
	 */
	int RULING = 11;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__ID = SOURCE__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__NOTES = SOURCE__NOTES;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__TITLE = SOURCE__TITLE;

	/**
	 * The feature id for the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__ORIGINAL_PATH = SOURCE__ORIGINAL_PATH;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__CONTENT_HASH = SOURCE__CONTENT_HASH;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__FORMAT = SOURCE__FORMAT;

	/**
	 * The feature id for the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__BYTE_SIZE = SOURCE__BYTE_SIZE;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__IMPORTED_AT = SOURCE__IMPORTED_AT;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__DATE = SOURCE__DATE;

	/**
	 * The feature id for the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__LANGUAGE = SOURCE__LANGUAGE;

	/**
	 * The feature id for the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PAGE_COUNT = SOURCE__PAGE_COUNT;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__STATUS = SOURCE__STATUS;

	/**
	 * The feature id for the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__STATUS_MESSAGE = SOURCE__STATUS_MESSAGE;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PROVENANCE = SOURCE__PROVENANCE;

	/**
	 * The feature id for the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__FILE_REMOVED = SOURCE__FILE_REMOVED;

	/**
	 * The feature id for the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__TEXT_HASH = SOURCE__TEXT_HASH;

	/**
	 * The feature id for the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__CONTAINER_HASH = SOURCE__CONTAINER_HASH;

	/**
	 * The feature id for the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__ARCHIVE_PATH = SOURCE__ARCHIVE_PATH;

	/**
	 * The feature id for the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PUBLISHER = SOURCE__PUBLISHER;

	/**
	 * The feature id for the '<em><b>Authors</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__AUTHORS = SOURCE__AUTHORS;

	/**
	 * The feature id for the '<em><b>Signatories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__SIGNATORIES = SOURCE__SIGNATORIES;

	/**
	 * The feature id for the '<em><b>Passages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PASSAGES = SOURCE__PASSAGES;

	/**
	 * The feature id for the '<em><b>Ecli</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__ECLI = SOURCE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Court</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__COURT = SOURCE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Decision Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__DECISION_DATE = SOURCE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Procedure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__PROCEDURE = SOURCE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__CASE_NUMBER = SOURCE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Area Of Law</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING__AREA_OF_LAW = SOURCE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Ruling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING_FEATURE_COUNT = SOURCE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Ruling</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULING_OPERATION_COUNT = SOURCE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.PassageImpl <em>Passage</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.PassageImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getPassage()
	 * @generated
	 */
	int PASSAGE = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__ID = ANNOTATED__ID;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__NOTES = ANNOTATED__NOTES;

	/**
	 * The feature id for the '<em><b>Source</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__SOURCE = ANNOTATED_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ordinal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__ORDINAL = ANNOTATED_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__TEXT = ANNOTATED_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Page</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__PAGE = ANNOTATED_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Page End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__PAGE_END = ANNOTATED_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Anchor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__ANCHOR = ANNOTATED_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__ELEMENT = ANNOTATED_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Citations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__CITATIONS = ANNOTATED_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Theme Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE__THEME_LINKS = ANNOTATED_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Passage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE_FEATURE_COUNT = ANNOTATED_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Passage</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PASSAGE_OPERATION_COUNT = ANNOTATED_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.CitationImpl <em>Citation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.CitationImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCitation()
	 * @generated
	 */
	int CITATION = 13;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Passage</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__PASSAGE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__TYPE = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__TEXT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Target Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__TARGET_KEY = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pinpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__PINPOINT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Resolved Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__RESOLVED_SOURCE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Resolved Element</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__RESOLVED_ELEMENT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Resolved Version</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION__RESOLVED_VERSION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Citation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CITATION_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.ActorImpl <em>Actor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.ActorImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getActor()
	 * @generated
	 */
	int ACTOR = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__KIND = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__ROLE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__CODE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Place</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR__PLACE = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Actor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ACTOR_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.TaxonomyImpl <em>Taxonomy</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.TaxonomyImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getTaxonomy()
	 * @generated
	 */
	int TAXONOMY = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__KEY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__NAME = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__SOURCE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Themes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__THEMES = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Population Terms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY__POPULATION_TERMS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Taxonomy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Taxonomy</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TAXONOMY_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.ThemeImpl <em>Theme</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.ThemeImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getTheme()
	 * @generated
	 */
	int THEME = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Taxonomy</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__TAXONOMY = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__KEY = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__LABEL = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Asks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME__ASKS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Theme</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.AskImpl <em>Ask</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.AskImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getAsk()
	 * @generated
	 */
	int ASK = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Theme</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__THEME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__KEY = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__LABEL = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__TERMS = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Required Terms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__REQUIRED_TERMS = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Excluded Terms</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__EXCLUDED_TERMS = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Population</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__POPULATION = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK__THRESHOLD = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Ask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Ask</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ASK_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.ThemeLinkImpl <em>Theme Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.ThemeLinkImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getThemeLink()
	 * @generated
	 */
	int THEME_LINK = 18;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Passage</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__PASSAGE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Ask</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__ASK = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__SCORE = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__EVIDENCE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Origin</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__ORIGIN = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK__STATE = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Theme Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Theme Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int THEME_LINK_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.BasketImpl <em>Basket</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.BasketImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getBasket()
	 * @generated
	 */
	int BASKET = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET__DESCRIPTION = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Quotes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET__QUOTES = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Basket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Basket</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BASKET_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.QuoteImpl <em>Quote</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.QuoteImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getQuote()
	 * @generated
	 */
	int QUOTE = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Passage</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PASSAGE = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Quoted Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__QUOTED_TEXT = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pinpoint</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PINPOINT = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__NOTE = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Source Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__SOURCE_ID = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Passage Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__PASSAGE_ID = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__START = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__END = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__CHANGED = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Asks</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE__ASKS = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of structural features of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 10;

	/**
	 * The number of operations of the '<em>Quote</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int QUOTE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.SavedSearchImpl <em>Saved Search</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.SavedSearchImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSavedSearch()
	 * @generated
	 */
	int SAVED_SEARCH = 21;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__NAME = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Query</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__QUERY = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__FILTERS = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Last Run</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__LAST_RUN = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Last Hit Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH__LAST_HIT_COUNT = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Saved Search</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SAVED_SEARCH_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.impl.NoteImpl
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 22;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ID = IDENTIFIABLE__ID;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TEXT = IDENTIFIABLE_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CREATED = IDENTIFIABLE_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__AUTHOR = IDENTIFIABLE_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Quoted Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__QUOTED_TEXT = IDENTIFIABLE_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__START = IDENTIFIABLE_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__END = IDENTIFIABLE_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__COLOUR = IDENTIFIABLE_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__MODIFIED = IDENTIFIABLE_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Changed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__CHANGED = IDENTIFIABLE_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = IDENTIFIABLE_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = IDENTIFIABLE_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.SourceStatus <em>Source Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.SourceStatus
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSourceStatus()
	 * @generated
	 */
	int SOURCE_STATUS = 23;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.Chamber <em>Chamber</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.Chamber
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getChamber()
	 * @generated
	 */
	int CHAMBER = 24;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.RegulationScope <em>Regulation Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.RegulationScope
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulationScope()
	 * @generated
	 */
	int REGULATION_SCOPE = 25;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.StructureKind <em>Structure Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.StructureKind
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getStructureKind()
	 * @generated
	 */
	int STRUCTURE_KIND = 26;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.CitationType <em>Citation Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.CitationType
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCitationType()
	 * @generated
	 */
	int CITATION_TYPE = 27;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.ActorKind <em>Actor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.ActorKind
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getActorKind()
	 * @generated
	 */
	int ACTOR_KIND = 28;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.LinkOrigin <em>Link Origin</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.LinkOrigin
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getLinkOrigin()
	 * @generated
	 */
	int LINK_ORIGIN = 29;

	/**
	 * The meta object id for the '{@link org.lexgraph.model.LinkState <em>Link State</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.lexgraph.model.LinkState
	 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getLinkState()
	 * @generated
	 */
	int LINK_STATE = 30;


	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Identifiable <em>Identifiable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identifiable</em>'.
	 * @see org.lexgraph.model.Identifiable
	 * @generated
	 */
	EClass getIdentifiable();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Identifiable#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.lexgraph.model.Identifiable#getId()
	 * @see #getIdentifiable()
	 * @generated
	 */
	EAttribute getIdentifiable_Id();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Annotated <em>Annotated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotated</em>'.
	 * @see org.lexgraph.model.Annotated
	 * @generated
	 */
	EClass getAnnotated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Annotated#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.lexgraph.model.Annotated#getNotes()
	 * @see #getAnnotated()
	 * @generated
	 */
	EReference getAnnotated_Notes();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.KnowledgeBase <em>Knowledge Base</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Knowledge Base</em>'.
	 * @see org.lexgraph.model.KnowledgeBase
	 * @generated
	 */
	EClass getKnowledgeBase();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.KnowledgeBase#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getName()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EAttribute getKnowledgeBase_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.KnowledgeBase#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getFormatVersion()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EAttribute getKnowledgeBase_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.KnowledgeBase#getGeneration <em>Generation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Generation</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getGeneration()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EAttribute getKnowledgeBase_Generation();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sources</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getSources()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getCollections <em>Collections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Collections</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getCollections()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_Collections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getActors <em>Actors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Actors</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getActors()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_Actors();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getTaxonomies <em>Taxonomies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Taxonomies</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getTaxonomies()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_Taxonomies();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getBaskets <em>Baskets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Baskets</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getBaskets()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_Baskets();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.KnowledgeBase#getSavedSearches <em>Saved Searches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Saved Searches</em>'.
	 * @see org.lexgraph.model.KnowledgeBase#getSavedSearches()
	 * @see #getKnowledgeBase()
	 * @generated
	 */
	EReference getKnowledgeBase_SavedSearches();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Collection <em>Collection</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Collection</em>'.
	 * @see org.lexgraph.model.Collection
	 * @generated
	 */
	EClass getCollection();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Collection#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.Collection#getName()
	 * @see #getCollection()
	 * @generated
	 */
	EAttribute getCollection_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Collection#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lexgraph.model.Collection#getDescription()
	 * @see #getCollection()
	 * @generated
	 */
	EAttribute getCollection_Description();

	/**
	 * Returns the meta object for the reference list '{@link org.lexgraph.model.Collection#getSources <em>Sources</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Sources</em>'.
	 * @see org.lexgraph.model.Collection#getSources()
	 * @see #getCollection()
	 * @generated
	 */
	EReference getCollection_Sources();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Collection#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.lexgraph.model.Collection#getChildren()
	 * @see #getCollection()
	 * @generated
	 */
	EReference getCollection_Children();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Source <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Source</em>'.
	 * @see org.lexgraph.model.Source
	 * @generated
	 */
	EClass getSource();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.lexgraph.model.Source#getTitle()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getOriginalPath <em>Original Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Original Path</em>'.
	 * @see org.lexgraph.model.Source#getOriginalPath()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_OriginalPath();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.lexgraph.model.Source#getContentHash()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.lexgraph.model.Source#getFormat()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getByteSize <em>Byte Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Byte Size</em>'.
	 * @see org.lexgraph.model.Source#getByteSize()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ByteSize();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.lexgraph.model.Source#getImportedAt()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.lexgraph.model.Source#getDate()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getLanguage <em>Language</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Language</em>'.
	 * @see org.lexgraph.model.Source#getLanguage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Language();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getPageCount <em>Page Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Count</em>'.
	 * @see org.lexgraph.model.Source#getPageCount()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_PageCount();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.lexgraph.model.Source#getStatus()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getStatusMessage <em>Status Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status Message</em>'.
	 * @see org.lexgraph.model.Source#getStatusMessage()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_StatusMessage();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Source#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Provenance</em>'.
	 * @see org.lexgraph.model.Source#getProvenance()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_Provenance();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#isFileRemoved <em>File Removed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File Removed</em>'.
	 * @see org.lexgraph.model.Source#isFileRemoved()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_FileRemoved();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getTextHash <em>Text Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text Hash</em>'.
	 * @see org.lexgraph.model.Source#getTextHash()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_TextHash();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getContainerHash <em>Container Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Container Hash</em>'.
	 * @see org.lexgraph.model.Source#getContainerHash()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ContainerHash();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Source#getArchivePath <em>Archive Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archive Path</em>'.
	 * @see org.lexgraph.model.Source#getArchivePath()
	 * @see #getSource()
	 * @generated
	 */
	EAttribute getSource_ArchivePath();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Source#getPublisher <em>Publisher</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Publisher</em>'.
	 * @see org.lexgraph.model.Source#getPublisher()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Publisher();

	/**
	 * Returns the meta object for the reference list '{@link org.lexgraph.model.Source#getAuthors <em>Authors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Authors</em>'.
	 * @see org.lexgraph.model.Source#getAuthors()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Authors();

	/**
	 * Returns the meta object for the reference list '{@link org.lexgraph.model.Source#getSignatories <em>Signatories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Signatories</em>'.
	 * @see org.lexgraph.model.Source#getSignatories()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Signatories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Source#getPassages <em>Passages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Passages</em>'.
	 * @see org.lexgraph.model.Source#getPassages()
	 * @see #getSource()
	 * @generated
	 */
	EReference getSource_Passages();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.GenericDocument <em>Generic Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Generic Document</em>'.
	 * @see org.lexgraph.model.GenericDocument
	 * @generated
	 */
	EClass getGenericDocument();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.NgoDocument <em>Ngo Document</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ngo Document</em>'.
	 * @see org.lexgraph.model.NgoDocument
	 * @generated
	 */
	EClass getNgoDocument();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.ParliamentaryPaper <em>Parliamentary Paper</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parliamentary Paper</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper
	 * @generated
	 */
	EClass getParliamentaryPaper();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getChamber <em>Chamber</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chamber</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getChamber()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_Chamber();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getVergaderjaar <em>Vergaderjaar</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vergaderjaar</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getVergaderjaar()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_Vergaderjaar();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getDossier <em>Dossier</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dossier</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getDossier()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_Dossier();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getDossierChapter <em>Dossier Chapter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dossier Chapter</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getDossierChapter()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_DossierChapter();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getOndernummer <em>Ondernummer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ondernummer</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getOndernummer()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_Ondernummer();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getDocumentNumber <em>Document Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Document Number</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getDocumentNumber()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_DocumentNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getZaakNumber <em>Zaak Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Zaak Number</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getZaakNumber()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_ZaakNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getDossierTitle <em>Dossier Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dossier Title</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getDossierTitle()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_DossierTitle();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ParliamentaryPaper#getPublicationId <em>Publication Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication Id</em>'.
	 * @see org.lexgraph.model.ParliamentaryPaper#getPublicationId()
	 * @see #getParliamentaryPaper()
	 * @generated
	 */
	EAttribute getParliamentaryPaper_PublicationId();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Regulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regulation</em>'.
	 * @see org.lexgraph.model.Regulation
	 * @generated
	 */
	EClass getRegulation();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Regulation#getScope <em>Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scope</em>'.
	 * @see org.lexgraph.model.Regulation#getScope()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_Scope();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Regulation#getWorkId <em>Work Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Work Id</em>'.
	 * @see org.lexgraph.model.Regulation#getWorkId()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_WorkId();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Regulation#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Legal Basis</em>'.
	 * @see org.lexgraph.model.Regulation#getLegalBasis()
	 * @see #getRegulation()
	 * @generated
	 */
	EAttribute getRegulation_LegalBasis();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Regulation#getAuthority <em>Authority</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Authority</em>'.
	 * @see org.lexgraph.model.Regulation#getAuthority()
	 * @see #getRegulation()
	 * @generated
	 */
	EReference getRegulation_Authority();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Regulation#getMunicipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Municipality</em>'.
	 * @see org.lexgraph.model.Regulation#getMunicipality()
	 * @see #getRegulation()
	 * @generated
	 */
	EReference getRegulation_Municipality();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Regulation#getVersions <em>Versions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Versions</em>'.
	 * @see org.lexgraph.model.Regulation#getVersions()
	 * @see #getRegulation()
	 * @generated
	 */
	EReference getRegulation_Versions();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.RegulationVersion <em>Regulation Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Regulation Version</em>'.
	 * @see org.lexgraph.model.RegulationVersion
	 * @generated
	 */
	EClass getRegulationVersion();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.RegulationVersion#getRegulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Regulation</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getRegulation()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EReference getRegulationVersion_Regulation();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.RegulationVersion#getVersionId <em>Version Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Id</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getVersionId()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EAttribute getRegulationVersion_VersionId();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.RegulationVersion#getValidFrom <em>Valid From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid From</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getValidFrom()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EAttribute getRegulationVersion_ValidFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.RegulationVersion#getValidTo <em>Valid To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid To</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getValidTo()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EAttribute getRegulationVersion_ValidTo();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.RegulationVersion#getPublication <em>Publication</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Publication</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getPublication()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EAttribute getRegulationVersion_Publication();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.RegulationVersion#getChange <em>Change</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getChange()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EAttribute getRegulationVersion_Change();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.RegulationVersion#getSupersedes <em>Supersedes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Supersedes</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getSupersedes()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EReference getRegulationVersion_Supersedes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.RegulationVersion#getArticles <em>Articles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Articles</em>'.
	 * @see org.lexgraph.model.RegulationVersion#getArticles()
	 * @see #getRegulationVersion()
	 * @generated
	 */
	EReference getRegulationVersion_Articles();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.StructureElement <em>Structure Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Structure Element</em>'.
	 * @see org.lexgraph.model.StructureElement
	 * @generated
	 */
	EClass getStructureElement();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lexgraph.model.StructureElement#getKind()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.lexgraph.model.StructureElement#getLabel()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.lexgraph.model.StructureElement#getKey()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.lexgraph.model.StructureElement#getNumber()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.lexgraph.model.StructureElement#getTitle()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.StructureElement#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lexgraph.model.StructureElement#getText()
	 * @see #getStructureElement()
	 * @generated
	 */
	EAttribute getStructureElement_Text();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.StructureElement#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.lexgraph.model.StructureElement#getChildren()
	 * @see #getStructureElement()
	 * @generated
	 */
	EReference getStructureElement_Children();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Ruling <em>Ruling</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ruling</em>'.
	 * @see org.lexgraph.model.Ruling
	 * @generated
	 */
	EClass getRuling();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ruling#getEcli <em>Ecli</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ecli</em>'.
	 * @see org.lexgraph.model.Ruling#getEcli()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_Ecli();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Ruling#getCourt <em>Court</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Court</em>'.
	 * @see org.lexgraph.model.Ruling#getCourt()
	 * @see #getRuling()
	 * @generated
	 */
	EReference getRuling_Court();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ruling#getDecisionDate <em>Decision Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision Date</em>'.
	 * @see org.lexgraph.model.Ruling#getDecisionDate()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_DecisionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ruling#getProcedure <em>Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Procedure</em>'.
	 * @see org.lexgraph.model.Ruling#getProcedure()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_Procedure();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ruling#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see org.lexgraph.model.Ruling#getCaseNumber()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_CaseNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ruling#getAreaOfLaw <em>Area Of Law</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area Of Law</em>'.
	 * @see org.lexgraph.model.Ruling#getAreaOfLaw()
	 * @see #getRuling()
	 * @generated
	 */
	EAttribute getRuling_AreaOfLaw();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Passage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Passage</em>'.
	 * @see org.lexgraph.model.Passage
	 * @generated
	 */
	EClass getPassage();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.Passage#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Source</em>'.
	 * @see org.lexgraph.model.Passage#getSource()
	 * @see #getPassage()
	 * @generated
	 */
	EReference getPassage_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Passage#getOrdinal <em>Ordinal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ordinal</em>'.
	 * @see org.lexgraph.model.Passage#getOrdinal()
	 * @see #getPassage()
	 * @generated
	 */
	EAttribute getPassage_Ordinal();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Passage#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lexgraph.model.Passage#getText()
	 * @see #getPassage()
	 * @generated
	 */
	EAttribute getPassage_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Passage#getPage <em>Page</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page</em>'.
	 * @see org.lexgraph.model.Passage#getPage()
	 * @see #getPassage()
	 * @generated
	 */
	EAttribute getPassage_Page();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Passage#getPageEnd <em>Page End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page End</em>'.
	 * @see org.lexgraph.model.Passage#getPageEnd()
	 * @see #getPassage()
	 * @generated
	 */
	EAttribute getPassage_PageEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Passage#getAnchor <em>Anchor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Anchor</em>'.
	 * @see org.lexgraph.model.Passage#getAnchor()
	 * @see #getPassage()
	 * @generated
	 */
	EAttribute getPassage_Anchor();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Passage#getElement <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Element</em>'.
	 * @see org.lexgraph.model.Passage#getElement()
	 * @see #getPassage()
	 * @generated
	 */
	EReference getPassage_Element();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Passage#getCitations <em>Citations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Citations</em>'.
	 * @see org.lexgraph.model.Passage#getCitations()
	 * @see #getPassage()
	 * @generated
	 */
	EReference getPassage_Citations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Passage#getThemeLinks <em>Theme Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Theme Links</em>'.
	 * @see org.lexgraph.model.Passage#getThemeLinks()
	 * @see #getPassage()
	 * @generated
	 */
	EReference getPassage_ThemeLinks();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Citation <em>Citation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Citation</em>'.
	 * @see org.lexgraph.model.Citation
	 * @generated
	 */
	EClass getCitation();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.Citation#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Passage</em>'.
	 * @see org.lexgraph.model.Citation#getPassage()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_Passage();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Citation#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.lexgraph.model.Citation#getType()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Type();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Citation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lexgraph.model.Citation#getText()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Citation#getTargetKey <em>Target Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Key</em>'.
	 * @see org.lexgraph.model.Citation#getTargetKey()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_TargetKey();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Citation#getPinpoint <em>Pinpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinpoint</em>'.
	 * @see org.lexgraph.model.Citation#getPinpoint()
	 * @see #getCitation()
	 * @generated
	 */
	EAttribute getCitation_Pinpoint();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Citation#getResolvedSource <em>Resolved Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resolved Source</em>'.
	 * @see org.lexgraph.model.Citation#getResolvedSource()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_ResolvedSource();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Citation#getResolvedElement <em>Resolved Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resolved Element</em>'.
	 * @see org.lexgraph.model.Citation#getResolvedElement()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_ResolvedElement();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Citation#getResolvedVersion <em>Resolved Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resolved Version</em>'.
	 * @see org.lexgraph.model.Citation#getResolvedVersion()
	 * @see #getCitation()
	 * @generated
	 */
	EReference getCitation_ResolvedVersion();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Actor <em>Actor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Actor</em>'.
	 * @see org.lexgraph.model.Actor
	 * @generated
	 */
	EClass getActor();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Actor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.Actor#getName()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Actor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.lexgraph.model.Actor#getKind()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Actor#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.lexgraph.model.Actor#getRole()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Actor#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.lexgraph.model.Actor#getCode()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Actor#getPlace <em>Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Place</em>'.
	 * @see org.lexgraph.model.Actor#getPlace()
	 * @see #getActor()
	 * @generated
	 */
	EAttribute getActor_Place();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Taxonomy <em>Taxonomy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Taxonomy</em>'.
	 * @see org.lexgraph.model.Taxonomy
	 * @generated
	 */
	EClass getTaxonomy();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Taxonomy#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.lexgraph.model.Taxonomy#getKey()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EAttribute getTaxonomy_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Taxonomy#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.Taxonomy#getName()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EAttribute getTaxonomy_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Taxonomy#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lexgraph.model.Taxonomy#getDescription()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EAttribute getTaxonomy_Description();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Taxonomy#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.lexgraph.model.Taxonomy#getSource()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EReference getTaxonomy_Source();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Taxonomy#getThemes <em>Themes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Themes</em>'.
	 * @see org.lexgraph.model.Taxonomy#getThemes()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EReference getTaxonomy_Themes();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Taxonomy#getPopulationTerms <em>Population Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Population Terms</em>'.
	 * @see org.lexgraph.model.Taxonomy#getPopulationTerms()
	 * @see #getTaxonomy()
	 * @generated
	 */
	EAttribute getTaxonomy_PopulationTerms();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Theme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme</em>'.
	 * @see org.lexgraph.model.Theme
	 * @generated
	 */
	EClass getTheme();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.Theme#getTaxonomy <em>Taxonomy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Taxonomy</em>'.
	 * @see org.lexgraph.model.Theme#getTaxonomy()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Taxonomy();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Theme#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.lexgraph.model.Theme#getKey()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Theme#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.lexgraph.model.Theme#getLabel()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Theme#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lexgraph.model.Theme#getDescription()
	 * @see #getTheme()
	 * @generated
	 */
	EAttribute getTheme_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Theme#getAsks <em>Asks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Asks</em>'.
	 * @see org.lexgraph.model.Theme#getAsks()
	 * @see #getTheme()
	 * @generated
	 */
	EReference getTheme_Asks();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Ask <em>Ask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ask</em>'.
	 * @see org.lexgraph.model.Ask
	 * @generated
	 */
	EClass getAsk();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.Ask#getTheme <em>Theme</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Theme</em>'.
	 * @see org.lexgraph.model.Ask#getTheme()
	 * @see #getAsk()
	 * @generated
	 */
	EReference getAsk_Theme();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ask#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.lexgraph.model.Ask#getKey()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ask#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.lexgraph.model.Ask#getLabel()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ask#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lexgraph.model.Ask#getDescription()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Description();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Ask#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Terms</em>'.
	 * @see org.lexgraph.model.Ask#getTerms()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Terms();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Ask#getRequiredTerms <em>Required Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Terms</em>'.
	 * @see org.lexgraph.model.Ask#getRequiredTerms()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_RequiredTerms();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.Ask#getExcludedTerms <em>Excluded Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Excluded Terms</em>'.
	 * @see org.lexgraph.model.Ask#getExcludedTerms()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_ExcludedTerms();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ask#isPopulation <em>Population</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Population</em>'.
	 * @see org.lexgraph.model.Ask#isPopulation()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Population();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Ask#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.lexgraph.model.Ask#getThreshold()
	 * @see #getAsk()
	 * @generated
	 */
	EAttribute getAsk_Threshold();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.ThemeLink <em>Theme Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Theme Link</em>'.
	 * @see org.lexgraph.model.ThemeLink
	 * @generated
	 */
	EClass getThemeLink();

	/**
	 * Returns the meta object for the container reference '{@link org.lexgraph.model.ThemeLink#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Passage</em>'.
	 * @see org.lexgraph.model.ThemeLink#getPassage()
	 * @see #getThemeLink()
	 * @generated
	 */
	EReference getThemeLink_Passage();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.ThemeLink#getAsk <em>Ask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Ask</em>'.
	 * @see org.lexgraph.model.ThemeLink#getAsk()
	 * @see #getThemeLink()
	 * @generated
	 */
	EReference getThemeLink_Ask();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ThemeLink#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.lexgraph.model.ThemeLink#getScore()
	 * @see #getThemeLink()
	 * @generated
	 */
	EAttribute getThemeLink_Score();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.ThemeLink#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Evidence</em>'.
	 * @see org.lexgraph.model.ThemeLink#getEvidence()
	 * @see #getThemeLink()
	 * @generated
	 */
	EAttribute getThemeLink_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ThemeLink#getOrigin <em>Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin</em>'.
	 * @see org.lexgraph.model.ThemeLink#getOrigin()
	 * @see #getThemeLink()
	 * @generated
	 */
	EAttribute getThemeLink_Origin();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.ThemeLink#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.lexgraph.model.ThemeLink#getState()
	 * @see #getThemeLink()
	 * @generated
	 */
	EAttribute getThemeLink_State();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Basket <em>Basket</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Basket</em>'.
	 * @see org.lexgraph.model.Basket
	 * @generated
	 */
	EClass getBasket();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Basket#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.Basket#getName()
	 * @see #getBasket()
	 * @generated
	 */
	EAttribute getBasket_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Basket#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.lexgraph.model.Basket#getDescription()
	 * @see #getBasket()
	 * @generated
	 */
	EAttribute getBasket_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.lexgraph.model.Basket#getQuotes <em>Quotes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Quotes</em>'.
	 * @see org.lexgraph.model.Basket#getQuotes()
	 * @see #getBasket()
	 * @generated
	 */
	EReference getBasket_Quotes();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Quote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Quote</em>'.
	 * @see org.lexgraph.model.Quote
	 * @generated
	 */
	EClass getQuote();

	/**
	 * Returns the meta object for the reference '{@link org.lexgraph.model.Quote#getPassage <em>Passage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Passage</em>'.
	 * @see org.lexgraph.model.Quote#getPassage()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Passage();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getQuotedText <em>Quoted Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quoted Text</em>'.
	 * @see org.lexgraph.model.Quote#getQuotedText()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_QuotedText();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getPinpoint <em>Pinpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinpoint</em>'.
	 * @see org.lexgraph.model.Quote#getPinpoint()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Pinpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see org.lexgraph.model.Quote#getNote()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Note();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getSourceId <em>Source Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Id</em>'.
	 * @see org.lexgraph.model.Quote#getSourceId()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_SourceId();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getPassageId <em>Passage Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Passage Id</em>'.
	 * @see org.lexgraph.model.Quote#getPassageId()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_PassageId();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.lexgraph.model.Quote#getStart()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.lexgraph.model.Quote#getEnd()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_End();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Quote#isChanged <em>Changed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed</em>'.
	 * @see org.lexgraph.model.Quote#isChanged()
	 * @see #getQuote()
	 * @generated
	 */
	EAttribute getQuote_Changed();

	/**
	 * Returns the meta object for the reference list '{@link org.lexgraph.model.Quote#getAsks <em>Asks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Asks</em>'.
	 * @see org.lexgraph.model.Quote#getAsks()
	 * @see #getQuote()
	 * @generated
	 */
	EReference getQuote_Asks();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.SavedSearch <em>Saved Search</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Saved Search</em>'.
	 * @see org.lexgraph.model.SavedSearch
	 * @generated
	 */
	EClass getSavedSearch();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.SavedSearch#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.lexgraph.model.SavedSearch#getName()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.SavedSearch#getQuery <em>Query</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Query</em>'.
	 * @see org.lexgraph.model.SavedSearch#getQuery()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Query();

	/**
	 * Returns the meta object for the attribute list '{@link org.lexgraph.model.SavedSearch#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Filters</em>'.
	 * @see org.lexgraph.model.SavedSearch#getFilters()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_Filters();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.SavedSearch#getLastRun <em>Last Run</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Run</em>'.
	 * @see org.lexgraph.model.SavedSearch#getLastRun()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_LastRun();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.SavedSearch#getLastHitCount <em>Last Hit Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Last Hit Count</em>'.
	 * @see org.lexgraph.model.SavedSearch#getLastHitCount()
	 * @see #getSavedSearch()
	 * @generated
	 */
	EAttribute getSavedSearch_LastHitCount();

	/**
	 * Returns the meta object for class '{@link org.lexgraph.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.lexgraph.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.lexgraph.model.Note#getText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getCreated <em>Created</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created</em>'.
	 * @see org.lexgraph.model.Note#getCreated()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Created();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.lexgraph.model.Note#getAuthor()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getQuotedText <em>Quoted Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quoted Text</em>'.
	 * @see org.lexgraph.model.Note#getQuotedText()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_QuotedText();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.lexgraph.model.Note#getStart()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.lexgraph.model.Note#getEnd()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_End();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getColour <em>Colour</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Colour</em>'.
	 * @see org.lexgraph.model.Note#getColour()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Colour();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#getModified <em>Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Modified</em>'.
	 * @see org.lexgraph.model.Note#getModified()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Modified();

	/**
	 * Returns the meta object for the attribute '{@link org.lexgraph.model.Note#isChanged <em>Changed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Changed</em>'.
	 * @see org.lexgraph.model.Note#isChanged()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Changed();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.SourceStatus <em>Source Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Source Status</em>'.
	 * @see org.lexgraph.model.SourceStatus
	 * @generated
	 */
	EEnum getSourceStatus();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.Chamber <em>Chamber</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Chamber</em>'.
	 * @see org.lexgraph.model.Chamber
	 * @generated
	 */
	EEnum getChamber();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.RegulationScope <em>Regulation Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Regulation Scope</em>'.
	 * @see org.lexgraph.model.RegulationScope
	 * @generated
	 */
	EEnum getRegulationScope();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.StructureKind <em>Structure Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Structure Kind</em>'.
	 * @see org.lexgraph.model.StructureKind
	 * @generated
	 */
	EEnum getStructureKind();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.CitationType <em>Citation Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Citation Type</em>'.
	 * @see org.lexgraph.model.CitationType
	 * @generated
	 */
	EEnum getCitationType();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.ActorKind <em>Actor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Actor Kind</em>'.
	 * @see org.lexgraph.model.ActorKind
	 * @generated
	 */
	EEnum getActorKind();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.LinkOrigin <em>Link Origin</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link Origin</em>'.
	 * @see org.lexgraph.model.LinkOrigin
	 * @generated
	 */
	EEnum getLinkOrigin();

	/**
	 * Returns the meta object for enum '{@link org.lexgraph.model.LinkState <em>Link State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Link State</em>'.
	 * @see org.lexgraph.model.LinkState
	 * @generated
	 */
	EEnum getLinkState();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LexgraphFactory getLexgraphFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.IdentifiableImpl <em>Identifiable</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.IdentifiableImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getIdentifiable()
		 * @generated
		 */
		EClass IDENTIFIABLE = eINSTANCE.getIdentifiable();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIABLE__ID = eINSTANCE.getIdentifiable_Id();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.AnnotatedImpl <em>Annotated</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.AnnotatedImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getAnnotated()
		 * @generated
		 */
		EClass ANNOTATED = eINSTANCE.getAnnotated();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATED__NOTES = eINSTANCE.getAnnotated_Notes();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.KnowledgeBaseImpl <em>Knowledge Base</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.KnowledgeBaseImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getKnowledgeBase()
		 * @generated
		 */
		EClass KNOWLEDGE_BASE = eINSTANCE.getKnowledgeBase();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_BASE__NAME = eINSTANCE.getKnowledgeBase_Name();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_BASE__FORMAT_VERSION = eINSTANCE.getKnowledgeBase_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWLEDGE_BASE__GENERATION = eINSTANCE.getKnowledgeBase_Generation();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__SOURCES = eINSTANCE.getKnowledgeBase_Sources();

		/**
		 * The meta object literal for the '<em><b>Collections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__COLLECTIONS = eINSTANCE.getKnowledgeBase_Collections();

		/**
		 * The meta object literal for the '<em><b>Actors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__ACTORS = eINSTANCE.getKnowledgeBase_Actors();

		/**
		 * The meta object literal for the '<em><b>Taxonomies</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__TAXONOMIES = eINSTANCE.getKnowledgeBase_Taxonomies();

		/**
		 * The meta object literal for the '<em><b>Baskets</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__BASKETS = eINSTANCE.getKnowledgeBase_Baskets();

		/**
		 * The meta object literal for the '<em><b>Saved Searches</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KNOWLEDGE_BASE__SAVED_SEARCHES = eINSTANCE.getKnowledgeBase_SavedSearches();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.CollectionImpl <em>Collection</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.CollectionImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCollection()
		 * @generated
		 */
		EClass COLLECTION = eINSTANCE.getCollection();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLECTION__NAME = eINSTANCE.getCollection_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COLLECTION__DESCRIPTION = eINSTANCE.getCollection_Description();

		/**
		 * The meta object literal for the '<em><b>Sources</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLECTION__SOURCES = eINSTANCE.getCollection_Sources();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference COLLECTION__CHILDREN = eINSTANCE.getCollection_Children();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.SourceImpl <em>Source</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.SourceImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSource()
		 * @generated
		 */
		EClass SOURCE = eINSTANCE.getSource();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TITLE = eINSTANCE.getSource_Title();

		/**
		 * The meta object literal for the '<em><b>Original Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ORIGINAL_PATH = eINSTANCE.getSource_OriginalPath();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CONTENT_HASH = eINSTANCE.getSource_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FORMAT = eINSTANCE.getSource_Format();

		/**
		 * The meta object literal for the '<em><b>Byte Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__BYTE_SIZE = eINSTANCE.getSource_ByteSize();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__IMPORTED_AT = eINSTANCE.getSource_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__DATE = eINSTANCE.getSource_Date();

		/**
		 * The meta object literal for the '<em><b>Language</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__LANGUAGE = eINSTANCE.getSource_Language();

		/**
		 * The meta object literal for the '<em><b>Page Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PAGE_COUNT = eINSTANCE.getSource_PageCount();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STATUS = eINSTANCE.getSource_Status();

		/**
		 * The meta object literal for the '<em><b>Status Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__STATUS_MESSAGE = eINSTANCE.getSource_StatusMessage();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__PROVENANCE = eINSTANCE.getSource_Provenance();

		/**
		 * The meta object literal for the '<em><b>File Removed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__FILE_REMOVED = eINSTANCE.getSource_FileRemoved();

		/**
		 * The meta object literal for the '<em><b>Text Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__TEXT_HASH = eINSTANCE.getSource_TextHash();

		/**
		 * The meta object literal for the '<em><b>Container Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__CONTAINER_HASH = eINSTANCE.getSource_ContainerHash();

		/**
		 * The meta object literal for the '<em><b>Archive Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SOURCE__ARCHIVE_PATH = eINSTANCE.getSource_ArchivePath();

		/**
		 * The meta object literal for the '<em><b>Publisher</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__PUBLISHER = eINSTANCE.getSource_Publisher();

		/**
		 * The meta object literal for the '<em><b>Authors</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__AUTHORS = eINSTANCE.getSource_Authors();

		/**
		 * The meta object literal for the '<em><b>Signatories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__SIGNATORIES = eINSTANCE.getSource_Signatories();

		/**
		 * The meta object literal for the '<em><b>Passages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOURCE__PASSAGES = eINSTANCE.getSource_Passages();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.GenericDocumentImpl <em>Generic Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.GenericDocumentImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getGenericDocument()
		 * @generated
		 */
		EClass GENERIC_DOCUMENT = eINSTANCE.getGenericDocument();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.NgoDocumentImpl <em>Ngo Document</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.NgoDocumentImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getNgoDocument()
		 * @generated
		 */
		EClass NGO_DOCUMENT = eINSTANCE.getNgoDocument();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.ParliamentaryPaperImpl <em>Parliamentary Paper</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.ParliamentaryPaperImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getParliamentaryPaper()
		 * @generated
		 */
		EClass PARLIAMENTARY_PAPER = eINSTANCE.getParliamentaryPaper();

		/**
		 * The meta object literal for the '<em><b>Chamber</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__CHAMBER = eINSTANCE.getParliamentaryPaper_Chamber();

		/**
		 * The meta object literal for the '<em><b>Vergaderjaar</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__VERGADERJAAR = eINSTANCE.getParliamentaryPaper_Vergaderjaar();

		/**
		 * The meta object literal for the '<em><b>Dossier</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__DOSSIER = eINSTANCE.getParliamentaryPaper_Dossier();

		/**
		 * The meta object literal for the '<em><b>Dossier Chapter</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__DOSSIER_CHAPTER = eINSTANCE.getParliamentaryPaper_DossierChapter();

		/**
		 * The meta object literal for the '<em><b>Ondernummer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__ONDERNUMMER = eINSTANCE.getParliamentaryPaper_Ondernummer();

		/**
		 * The meta object literal for the '<em><b>Document Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__DOCUMENT_NUMBER = eINSTANCE.getParliamentaryPaper_DocumentNumber();

		/**
		 * The meta object literal for the '<em><b>Zaak Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__ZAAK_NUMBER = eINSTANCE.getParliamentaryPaper_ZaakNumber();

		/**
		 * The meta object literal for the '<em><b>Dossier Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__DOSSIER_TITLE = eINSTANCE.getParliamentaryPaper_DossierTitle();

		/**
		 * The meta object literal for the '<em><b>Publication Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARLIAMENTARY_PAPER__PUBLICATION_ID = eINSTANCE.getParliamentaryPaper_PublicationId();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.RegulationImpl <em>Regulation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.RegulationImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulation()
		 * @generated
		 */
		EClass REGULATION = eINSTANCE.getRegulation();

		/**
		 * The meta object literal for the '<em><b>Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__SCOPE = eINSTANCE.getRegulation_Scope();

		/**
		 * The meta object literal for the '<em><b>Work Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__WORK_ID = eINSTANCE.getRegulation_WorkId();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION__LEGAL_BASIS = eINSTANCE.getRegulation_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Authority</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION__AUTHORITY = eINSTANCE.getRegulation_Authority();

		/**
		 * The meta object literal for the '<em><b>Municipality</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION__MUNICIPALITY = eINSTANCE.getRegulation_Municipality();

		/**
		 * The meta object literal for the '<em><b>Versions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION__VERSIONS = eINSTANCE.getRegulation_Versions();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.RegulationVersionImpl <em>Regulation Version</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.RegulationVersionImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulationVersion()
		 * @generated
		 */
		EClass REGULATION_VERSION = eINSTANCE.getRegulationVersion();

		/**
		 * The meta object literal for the '<em><b>Regulation</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION_VERSION__REGULATION = eINSTANCE.getRegulationVersion_Regulation();

		/**
		 * The meta object literal for the '<em><b>Version Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION_VERSION__VERSION_ID = eINSTANCE.getRegulationVersion_VersionId();

		/**
		 * The meta object literal for the '<em><b>Valid From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION_VERSION__VALID_FROM = eINSTANCE.getRegulationVersion_ValidFrom();

		/**
		 * The meta object literal for the '<em><b>Valid To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION_VERSION__VALID_TO = eINSTANCE.getRegulationVersion_ValidTo();

		/**
		 * The meta object literal for the '<em><b>Publication</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION_VERSION__PUBLICATION = eINSTANCE.getRegulationVersion_Publication();

		/**
		 * The meta object literal for the '<em><b>Change</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGULATION_VERSION__CHANGE = eINSTANCE.getRegulationVersion_Change();

		/**
		 * The meta object literal for the '<em><b>Supersedes</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION_VERSION__SUPERSEDES = eINSTANCE.getRegulationVersion_Supersedes();

		/**
		 * The meta object literal for the '<em><b>Articles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REGULATION_VERSION__ARTICLES = eINSTANCE.getRegulationVersion_Articles();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.StructureElementImpl <em>Structure Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.StructureElementImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getStructureElement()
		 * @generated
		 */
		EClass STRUCTURE_ELEMENT = eINSTANCE.getStructureElement();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__KIND = eINSTANCE.getStructureElement_Kind();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__LABEL = eINSTANCE.getStructureElement_Label();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__KEY = eINSTANCE.getStructureElement_Key();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__NUMBER = eINSTANCE.getStructureElement_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__TITLE = eINSTANCE.getStructureElement_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRUCTURE_ELEMENT__TEXT = eINSTANCE.getStructureElement_Text();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STRUCTURE_ELEMENT__CHILDREN = eINSTANCE.getStructureElement_Children();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.RulingImpl <em>Ruling</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.RulingImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRuling()
		 * @generated
		 */
		EClass RULING = eINSTANCE.getRuling();

		/**
		 * The meta object literal for the '<em><b>Ecli</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__ECLI = eINSTANCE.getRuling_Ecli();

		/**
		 * The meta object literal for the '<em><b>Court</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULING__COURT = eINSTANCE.getRuling_Court();

		/**
		 * The meta object literal for the '<em><b>Decision Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__DECISION_DATE = eINSTANCE.getRuling_DecisionDate();

		/**
		 * The meta object literal for the '<em><b>Procedure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__PROCEDURE = eINSTANCE.getRuling_Procedure();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__CASE_NUMBER = eINSTANCE.getRuling_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Area Of Law</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULING__AREA_OF_LAW = eINSTANCE.getRuling_AreaOfLaw();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.PassageImpl <em>Passage</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.PassageImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getPassage()
		 * @generated
		 */
		EClass PASSAGE = eINSTANCE.getPassage();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASSAGE__SOURCE = eINSTANCE.getPassage_Source();

		/**
		 * The meta object literal for the '<em><b>Ordinal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSAGE__ORDINAL = eINSTANCE.getPassage_Ordinal();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSAGE__TEXT = eINSTANCE.getPassage_Text();

		/**
		 * The meta object literal for the '<em><b>Page</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSAGE__PAGE = eINSTANCE.getPassage_Page();

		/**
		 * The meta object literal for the '<em><b>Page End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSAGE__PAGE_END = eINSTANCE.getPassage_PageEnd();

		/**
		 * The meta object literal for the '<em><b>Anchor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PASSAGE__ANCHOR = eINSTANCE.getPassage_Anchor();

		/**
		 * The meta object literal for the '<em><b>Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASSAGE__ELEMENT = eINSTANCE.getPassage_Element();

		/**
		 * The meta object literal for the '<em><b>Citations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASSAGE__CITATIONS = eINSTANCE.getPassage_Citations();

		/**
		 * The meta object literal for the '<em><b>Theme Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PASSAGE__THEME_LINKS = eINSTANCE.getPassage_ThemeLinks();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.CitationImpl <em>Citation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.CitationImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCitation()
		 * @generated
		 */
		EClass CITATION = eINSTANCE.getCitation();

		/**
		 * The meta object literal for the '<em><b>Passage</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__PASSAGE = eINSTANCE.getCitation_Passage();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__TYPE = eINSTANCE.getCitation_Type();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__TEXT = eINSTANCE.getCitation_Text();

		/**
		 * The meta object literal for the '<em><b>Target Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__TARGET_KEY = eINSTANCE.getCitation_TargetKey();

		/**
		 * The meta object literal for the '<em><b>Pinpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CITATION__PINPOINT = eINSTANCE.getCitation_Pinpoint();

		/**
		 * The meta object literal for the '<em><b>Resolved Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__RESOLVED_SOURCE = eINSTANCE.getCitation_ResolvedSource();

		/**
		 * The meta object literal for the '<em><b>Resolved Element</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__RESOLVED_ELEMENT = eINSTANCE.getCitation_ResolvedElement();

		/**
		 * The meta object literal for the '<em><b>Resolved Version</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CITATION__RESOLVED_VERSION = eINSTANCE.getCitation_ResolvedVersion();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.ActorImpl <em>Actor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.ActorImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getActor()
		 * @generated
		 */
		EClass ACTOR = eINSTANCE.getActor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__NAME = eINSTANCE.getActor_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__KIND = eINSTANCE.getActor_Kind();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__ROLE = eINSTANCE.getActor_Role();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__CODE = eINSTANCE.getActor_Code();

		/**
		 * The meta object literal for the '<em><b>Place</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ACTOR__PLACE = eINSTANCE.getActor_Place();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.TaxonomyImpl <em>Taxonomy</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.TaxonomyImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getTaxonomy()
		 * @generated
		 */
		EClass TAXONOMY = eINSTANCE.getTaxonomy();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXONOMY__KEY = eINSTANCE.getTaxonomy_Key();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXONOMY__NAME = eINSTANCE.getTaxonomy_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXONOMY__DESCRIPTION = eINSTANCE.getTaxonomy_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAXONOMY__SOURCE = eINSTANCE.getTaxonomy_Source();

		/**
		 * The meta object literal for the '<em><b>Themes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TAXONOMY__THEMES = eINSTANCE.getTaxonomy_Themes();

		/**
		 * The meta object literal for the '<em><b>Population Terms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TAXONOMY__POPULATION_TERMS = eINSTANCE.getTaxonomy_PopulationTerms();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.ThemeImpl <em>Theme</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.ThemeImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getTheme()
		 * @generated
		 */
		EClass THEME = eINSTANCE.getTheme();

		/**
		 * The meta object literal for the '<em><b>Taxonomy</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__TAXONOMY = eINSTANCE.getTheme_Taxonomy();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__KEY = eINSTANCE.getTheme_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__LABEL = eINSTANCE.getTheme_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME__DESCRIPTION = eINSTANCE.getTheme_Description();

		/**
		 * The meta object literal for the '<em><b>Asks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME__ASKS = eINSTANCE.getTheme_Asks();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.AskImpl <em>Ask</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.AskImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getAsk()
		 * @generated
		 */
		EClass ASK = eINSTANCE.getAsk();

		/**
		 * The meta object literal for the '<em><b>Theme</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ASK__THEME = eINSTANCE.getAsk_Theme();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__KEY = eINSTANCE.getAsk_Key();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__LABEL = eINSTANCE.getAsk_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__DESCRIPTION = eINSTANCE.getAsk_Description();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__TERMS = eINSTANCE.getAsk_Terms();

		/**
		 * The meta object literal for the '<em><b>Required Terms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__REQUIRED_TERMS = eINSTANCE.getAsk_RequiredTerms();

		/**
		 * The meta object literal for the '<em><b>Excluded Terms</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__EXCLUDED_TERMS = eINSTANCE.getAsk_ExcludedTerms();

		/**
		 * The meta object literal for the '<em><b>Population</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__POPULATION = eINSTANCE.getAsk_Population();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ASK__THRESHOLD = eINSTANCE.getAsk_Threshold();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.ThemeLinkImpl <em>Theme Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.ThemeLinkImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getThemeLink()
		 * @generated
		 */
		EClass THEME_LINK = eINSTANCE.getThemeLink();

		/**
		 * The meta object literal for the '<em><b>Passage</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME_LINK__PASSAGE = eINSTANCE.getThemeLink_Passage();

		/**
		 * The meta object literal for the '<em><b>Ask</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference THEME_LINK__ASK = eINSTANCE.getThemeLink_Ask();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME_LINK__SCORE = eINSTANCE.getThemeLink_Score();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME_LINK__EVIDENCE = eINSTANCE.getThemeLink_Evidence();

		/**
		 * The meta object literal for the '<em><b>Origin</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME_LINK__ORIGIN = eINSTANCE.getThemeLink_Origin();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute THEME_LINK__STATE = eINSTANCE.getThemeLink_State();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.BasketImpl <em>Basket</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.BasketImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getBasket()
		 * @generated
		 */
		EClass BASKET = eINSTANCE.getBasket();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASKET__NAME = eINSTANCE.getBasket_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BASKET__DESCRIPTION = eINSTANCE.getBasket_Description();

		/**
		 * The meta object literal for the '<em><b>Quotes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BASKET__QUOTES = eINSTANCE.getBasket_Quotes();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.QuoteImpl <em>Quote</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.QuoteImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getQuote()
		 * @generated
		 */
		EClass QUOTE = eINSTANCE.getQuote();

		/**
		 * The meta object literal for the '<em><b>Passage</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__PASSAGE = eINSTANCE.getQuote_Passage();

		/**
		 * The meta object literal for the '<em><b>Quoted Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__QUOTED_TEXT = eINSTANCE.getQuote_QuotedText();

		/**
		 * The meta object literal for the '<em><b>Pinpoint</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__PINPOINT = eINSTANCE.getQuote_Pinpoint();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__NOTE = eINSTANCE.getQuote_Note();

		/**
		 * The meta object literal for the '<em><b>Source Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__SOURCE_ID = eINSTANCE.getQuote_SourceId();

		/**
		 * The meta object literal for the '<em><b>Passage Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__PASSAGE_ID = eINSTANCE.getQuote_PassageId();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__START = eINSTANCE.getQuote_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__END = eINSTANCE.getQuote_End();

		/**
		 * The meta object literal for the '<em><b>Changed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute QUOTE__CHANGED = eINSTANCE.getQuote_Changed();

		/**
		 * The meta object literal for the '<em><b>Asks</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference QUOTE__ASKS = eINSTANCE.getQuote_Asks();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.SavedSearchImpl <em>Saved Search</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.SavedSearchImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSavedSearch()
		 * @generated
		 */
		EClass SAVED_SEARCH = eINSTANCE.getSavedSearch();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__NAME = eINSTANCE.getSavedSearch_Name();

		/**
		 * The meta object literal for the '<em><b>Query</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__QUERY = eINSTANCE.getSavedSearch_Query();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__FILTERS = eINSTANCE.getSavedSearch_Filters();

		/**
		 * The meta object literal for the '<em><b>Last Run</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__LAST_RUN = eINSTANCE.getSavedSearch_LastRun();

		/**
		 * The meta object literal for the '<em><b>Last Hit Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SAVED_SEARCH__LAST_HIT_COUNT = eINSTANCE.getSavedSearch_LastHitCount();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.impl.NoteImpl
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TEXT = eINSTANCE.getNote_Text();

		/**
		 * The meta object literal for the '<em><b>Created</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CREATED = eINSTANCE.getNote_Created();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__AUTHOR = eINSTANCE.getNote_Author();

		/**
		 * The meta object literal for the '<em><b>Quoted Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__QUOTED_TEXT = eINSTANCE.getNote_QuotedText();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__START = eINSTANCE.getNote_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__END = eINSTANCE.getNote_End();

		/**
		 * The meta object literal for the '<em><b>Colour</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__COLOUR = eINSTANCE.getNote_Colour();

		/**
		 * The meta object literal for the '<em><b>Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__MODIFIED = eINSTANCE.getNote_Modified();

		/**
		 * The meta object literal for the '<em><b>Changed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__CHANGED = eINSTANCE.getNote_Changed();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.SourceStatus <em>Source Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.SourceStatus
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getSourceStatus()
		 * @generated
		 */
		EEnum SOURCE_STATUS = eINSTANCE.getSourceStatus();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.Chamber <em>Chamber</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.Chamber
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getChamber()
		 * @generated
		 */
		EEnum CHAMBER = eINSTANCE.getChamber();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.RegulationScope <em>Regulation Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.RegulationScope
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getRegulationScope()
		 * @generated
		 */
		EEnum REGULATION_SCOPE = eINSTANCE.getRegulationScope();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.StructureKind <em>Structure Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.StructureKind
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getStructureKind()
		 * @generated
		 */
		EEnum STRUCTURE_KIND = eINSTANCE.getStructureKind();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.CitationType <em>Citation Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.CitationType
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getCitationType()
		 * @generated
		 */
		EEnum CITATION_TYPE = eINSTANCE.getCitationType();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.ActorKind <em>Actor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.ActorKind
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getActorKind()
		 * @generated
		 */
		EEnum ACTOR_KIND = eINSTANCE.getActorKind();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.LinkOrigin <em>Link Origin</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.LinkOrigin
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getLinkOrigin()
		 * @generated
		 */
		EEnum LINK_ORIGIN = eINSTANCE.getLinkOrigin();

		/**
		 * The meta object literal for the '{@link org.lexgraph.model.LinkState <em>Link State</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.lexgraph.model.LinkState
		 * @see org.lexgraph.model.impl.LexgraphPackageImpl#getLinkState()
		 * @generated
		 */
		EEnum LINK_STATE = eINSTANCE.getLinkState();

	}

} //LexgraphPackage
