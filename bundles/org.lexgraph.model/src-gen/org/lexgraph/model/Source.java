/**
 */
package org.lexgraph.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A document of the knowledge base with its provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.Source#getTitle <em>Title</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getFormat <em>Format</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getByteSize <em>Byte Size</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getDate <em>Date</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getStatusMessage <em>Status Message</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#isFileRemoved <em>File Removed</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getContainerHash <em>Container Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getArchivePath <em>Archive Path</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.lexgraph.model.Source#getPassages <em>Passages</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getSource()
 * @model abstract="true"
 * @generated
 */
public interface Source extends Annotated {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Original Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The absolute path the file was imported from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Path</em>' attribute.
	 * @see #setOriginalPath(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_OriginalPath()
	 * @model
	 * @generated
	 */
	String getOriginalPath();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getOriginalPath <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Path</em>' attribute.
	 * @see #getOriginalPath()
	 * @generated
	 */
	void setOriginalPath(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sha256 of the file's bytes.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The media type.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Byte Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Byte Size</em>' attribute.
	 * @see #setByteSize(long)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_ByteSize()
	 * @model
	 * @generated
	 */
	long getByteSize();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getByteSize <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Byte Size</em>' attribute.
	 * @see #getByteSize()
	 * @generated
	 */
	void setByteSize(long value);

	/**
	 * Returns the value of the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imported At</em>' attribute.
	 * @see #setImportedAt(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_ImportedAt()
	 * @model
	 * @generated
	 */
	Date getImportedAt();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getImportedAt <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imported At</em>' attribute.
	 * @see #getImportedAt()
	 * @generated
	 */
	void setImportedAt(Date value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The document's own date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Date()
	 * @model
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Page Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Count</em>' attribute.
	 * @see #setPageCount(int)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_PageCount()
	 * @model
	 * @generated
	 */
	int getPageCount();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getPageCount <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Count</em>' attribute.
	 * @see #getPageCount()
	 * @generated
	 */
	void setPageCount(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.SourceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.lexgraph.model.SourceStatus
	 * @see #setStatus(SourceStatus)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Status()
	 * @model
	 * @generated
	 */
	SourceStatus getStatus();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.lexgraph.model.SourceStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SourceStatus value);

	/**
	 * Returns the value of the '<em><b>Status Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status Message</em>' attribute.
	 * @see #setStatusMessage(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_StatusMessage()
	 * @model
	 * @generated
	 */
	String getStatusMessage();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getStatusMessage <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status Message</em>' attribute.
	 * @see #getStatusMessage()
	 * @generated
	 */
	void setStatusMessage(String value);

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where each recognised field came from, one line per field: field = value (origin).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' attribute list.
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Provenance()
	 * @model
	 * @generated
	 */
	EList<String> getProvenance();

	/**
	 * Returns the value of the '<em><b>File Removed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The original file was missing when its folder was imported again; the text is kept.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>File Removed</em>' attribute.
	 * @see #setFileRemoved(boolean)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_FileRemoved()
	 * @model
	 * @generated
	 */
	boolean isFileRemoved();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#isFileRemoved <em>File Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>File Removed</em>' attribute.
	 * @see #isFileRemoved()
	 * @generated
	 */
	void setFileRemoved(boolean value);

	/**
	 * Returns the value of the '<em><b>Text Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * sha256 of the words of the text, whatever the format: the same document as PDF and as Word has the same text hash.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Text Hash</em>' attribute.
	 * @see #setTextHash(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_TextHash()
	 * @model
	 * @generated
	 */
	String getTextHash();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getTextHash <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text Hash</em>' attribute.
	 * @see #getTextHash()
	 * @generated
	 */
	void setTextHash(String value);

	/**
	 * Returns the value of the '<em><b>Container Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a document read from an archive or e-mail: sha256 of that container file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Container Hash</em>' attribute.
	 * @see #setContainerHash(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_ContainerHash()
	 * @model
	 * @generated
	 */
	String getContainerHash();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getContainerHash <em>Container Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Container Hash</em>' attribute.
	 * @see #getContainerHash()
	 * @generated
	 */
	void setContainerHash(String value);

	/**
	 * Returns the value of the '<em><b>Archive Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a document read from an archive or e-mail: its path inside the container file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archive Path</em>' attribute.
	 * @see #setArchivePath(String)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_ArchivePath()
	 * @model
	 * @generated
	 */
	String getArchivePath();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getArchivePath <em>Archive Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archive Path</em>' attribute.
	 * @see #getArchivePath()
	 * @generated
	 */
	void setArchivePath(String value);

	/**
	 * Returns the value of the '<em><b>Publisher</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Publisher</em>' reference.
	 * @see #setPublisher(Actor)
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Publisher()
	 * @model
	 * @generated
	 */
	Actor getPublisher();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.Source#getPublisher <em>Publisher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publisher</em>' reference.
	 * @see #getPublisher()
	 * @generated
	 */
	void setPublisher(Actor value);

	/**
	 * Returns the value of the '<em><b>Authors</b></em>' reference list.
	 * The list contents are of type {@link org.lexgraph.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Authors</em>' reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Authors()
	 * @model
	 * @generated
	 */
	EList<Actor> getAuthors();

	/**
	 * Returns the value of the '<em><b>Signatories</b></em>' reference list.
	 * The list contents are of type {@link org.lexgraph.model.Actor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signatories</em>' reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Signatories()
	 * @model
	 * @generated
	 */
	EList<Actor> getSignatories();

	/**
	 * Returns the value of the '<em><b>Passages</b></em>' containment reference list.
	 * The list contents are of type {@link org.lexgraph.model.Passage}.
	 * It is bidirectional and its opposite is '{@link org.lexgraph.model.Passage#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Passages</em>' containment reference list.
	 * @see org.lexgraph.model.LexgraphPackage#getSource_Passages()
	 * @see org.lexgraph.model.Passage#getSource
	 * @model opposite="source" containment="true"
	 * @generated
	 */
	EList<Passage> getPassages();

} // Source
