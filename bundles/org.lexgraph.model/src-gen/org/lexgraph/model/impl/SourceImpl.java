/**
 */
package org.lexgraph.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lexgraph.model.Actor;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getOriginalPath <em>Original Path</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getByteSize <em>Byte Size</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getPageCount <em>Page Count</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getStatusMessage <em>Status Message</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getProvenance <em>Provenance</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#isFileRemoved <em>File Removed</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getTextHash <em>Text Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getContainerHash <em>Container Hash</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getArchivePath <em>Archive Path</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getPublisher <em>Publisher</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getAuthors <em>Authors</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getSignatories <em>Signatories</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SourceImpl#getPassages <em>Passages</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class SourceImpl extends AnnotatedImpl implements Source {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGINAL_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalPath() <em>Original Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalPath()
	 * @generated
	 * @ordered
	 */
	protected String originalPath = ORIGINAL_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getByteSize() <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteSize()
	 * @generated
	 * @ordered
	 */
	protected static final long BYTE_SIZE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getByteSize() <em>Byte Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getByteSize()
	 * @generated
	 * @ordered
	 */
	protected long byteSize = BYTE_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Date IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Date importedAt = IMPORTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected static final String LANGUAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLanguage() <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguage()
	 * @generated
	 * @ordered
	 */
	protected String language = LANGUAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPageCount() <em>Page Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageCount()
	 * @generated
	 * @ordered
	 */
	protected int pageCount = PAGE_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SourceStatus STATUS_EDEFAULT = SourceStatus.OK;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SourceStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatusMessage() <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String STATUS_MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatusMessage() <em>Status Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatusMessage()
	 * @generated
	 * @ordered
	 */
	protected String statusMessage = STATUS_MESSAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected EList<String> provenance;

	/**
	 * The default value of the '{@link #isFileRemoved() <em>File Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFileRemoved()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FILE_REMOVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFileRemoved() <em>File Removed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFileRemoved()
	 * @generated
	 * @ordered
	 */
	protected boolean fileRemoved = FILE_REMOVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTextHash() <em>Text Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTextHash()
	 * @generated
	 * @ordered
	 */
	protected String textHash = TEXT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getContainerHash() <em>Container Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTAINER_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContainerHash() <em>Container Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerHash()
	 * @generated
	 * @ordered
	 */
	protected String containerHash = CONTAINER_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getArchivePath() <em>Archive Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivePath()
	 * @generated
	 * @ordered
	 */
	protected static final String ARCHIVE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArchivePath() <em>Archive Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArchivePath()
	 * @generated
	 * @ordered
	 */
	protected String archivePath = ARCHIVE_PATH_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPublisher() <em>Publisher</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublisher()
	 * @generated
	 * @ordered
	 */
	protected Actor publisher;

	/**
	 * The cached value of the '{@link #getAuthors() <em>Authors</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthors()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> authors;

	/**
	 * The cached value of the '{@link #getSignatories() <em>Signatories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatories()
	 * @generated
	 * @ordered
	 */
	protected EList<Actor> signatories;

	/**
	 * The cached value of the '{@link #getPassages() <em>Passages</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassages()
	 * @generated
	 * @ordered
	 */
	protected EList<Passage> passages;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginalPath() {
		return originalPath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalPath(String newOriginalPath) {
		String oldOriginalPath = originalPath;
		originalPath = newOriginalPath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__ORIGINAL_PATH, oldOriginalPath, originalPath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getByteSize() {
		return byteSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setByteSize(long newByteSize) {
		long oldByteSize = byteSize;
		byteSize = newByteSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__BYTE_SIZE, oldByteSize, byteSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Date newImportedAt) {
		Date oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__IMPORTED_AT, oldImportedAt, importedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLanguage() {
		return language;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLanguage(String newLanguage) {
		String oldLanguage = language;
		language = newLanguage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__LANGUAGE, oldLanguage, language));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageCount() {
		return pageCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageCount(int newPageCount) {
		int oldPageCount = pageCount;
		pageCount = newPageCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__PAGE_COUNT, oldPageCount, pageCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SourceStatus newStatus) {
		SourceStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStatusMessage() {
		return statusMessage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatusMessage(String newStatusMessage) {
		String oldStatusMessage = statusMessage;
		statusMessage = newStatusMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__STATUS_MESSAGE, oldStatusMessage, statusMessage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProvenance() {
		if (provenance == null) {
			provenance = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.SOURCE__PROVENANCE);
		}
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFileRemoved() {
		return fileRemoved;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFileRemoved(boolean newFileRemoved) {
		boolean oldFileRemoved = fileRemoved;
		fileRemoved = newFileRemoved;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__FILE_REMOVED, oldFileRemoved, fileRemoved));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTextHash() {
		return textHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTextHash(String newTextHash) {
		String oldTextHash = textHash;
		textHash = newTextHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__TEXT_HASH, oldTextHash, textHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContainerHash() {
		return containerHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContainerHash(String newContainerHash) {
		String oldContainerHash = containerHash;
		containerHash = newContainerHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__CONTAINER_HASH, oldContainerHash, containerHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArchivePath() {
		return archivePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchivePath(String newArchivePath) {
		String oldArchivePath = archivePath;
		archivePath = newArchivePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__ARCHIVE_PATH, oldArchivePath, archivePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getPublisher() {
		if (publisher != null && publisher.eIsProxy()) {
			InternalEObject oldPublisher = (InternalEObject)publisher;
			publisher = (Actor)eResolveProxy(oldPublisher);
			if (publisher != oldPublisher) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.SOURCE__PUBLISHER, oldPublisher, publisher));
			}
		}
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetPublisher() {
		return publisher;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublisher(Actor newPublisher) {
		Actor oldPublisher = publisher;
		publisher = newPublisher;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SOURCE__PUBLISHER, oldPublisher, publisher));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getAuthors() {
		if (authors == null) {
			authors = new EObjectResolvingEList<Actor>(Actor.class, this, LexgraphPackage.SOURCE__AUTHORS);
		}
		return authors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Actor> getSignatories() {
		if (signatories == null) {
			signatories = new EObjectResolvingEList<Actor>(Actor.class, this, LexgraphPackage.SOURCE__SIGNATORIES);
		}
		return signatories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Passage> getPassages() {
		if (passages == null) {
			passages = new EObjectContainmentWithInverseEList<Passage>(Passage.class, this, LexgraphPackage.SOURCE__PASSAGES, LexgraphPackage.PASSAGE__SOURCE);
		}
		return passages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__PASSAGES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getPassages()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__PASSAGES:
				return ((InternalEList<?>)getPassages()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__TITLE:
				return getTitle();
			case LexgraphPackage.SOURCE__ORIGINAL_PATH:
				return getOriginalPath();
			case LexgraphPackage.SOURCE__CONTENT_HASH:
				return getContentHash();
			case LexgraphPackage.SOURCE__FORMAT:
				return getFormat();
			case LexgraphPackage.SOURCE__BYTE_SIZE:
				return getByteSize();
			case LexgraphPackage.SOURCE__IMPORTED_AT:
				return getImportedAt();
			case LexgraphPackage.SOURCE__DATE:
				return getDate();
			case LexgraphPackage.SOURCE__LANGUAGE:
				return getLanguage();
			case LexgraphPackage.SOURCE__PAGE_COUNT:
				return getPageCount();
			case LexgraphPackage.SOURCE__STATUS:
				return getStatus();
			case LexgraphPackage.SOURCE__STATUS_MESSAGE:
				return getStatusMessage();
			case LexgraphPackage.SOURCE__PROVENANCE:
				return getProvenance();
			case LexgraphPackage.SOURCE__FILE_REMOVED:
				return isFileRemoved();
			case LexgraphPackage.SOURCE__TEXT_HASH:
				return getTextHash();
			case LexgraphPackage.SOURCE__CONTAINER_HASH:
				return getContainerHash();
			case LexgraphPackage.SOURCE__ARCHIVE_PATH:
				return getArchivePath();
			case LexgraphPackage.SOURCE__PUBLISHER:
				if (resolve) return getPublisher();
				return basicGetPublisher();
			case LexgraphPackage.SOURCE__AUTHORS:
				return getAuthors();
			case LexgraphPackage.SOURCE__SIGNATORIES:
				return getSignatories();
			case LexgraphPackage.SOURCE__PASSAGES:
				return getPassages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__TITLE:
				setTitle((String)newValue);
				return;
			case LexgraphPackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath((String)newValue);
				return;
			case LexgraphPackage.SOURCE__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case LexgraphPackage.SOURCE__FORMAT:
				setFormat((String)newValue);
				return;
			case LexgraphPackage.SOURCE__BYTE_SIZE:
				setByteSize((Long)newValue);
				return;
			case LexgraphPackage.SOURCE__IMPORTED_AT:
				setImportedAt((Date)newValue);
				return;
			case LexgraphPackage.SOURCE__DATE:
				setDate((Date)newValue);
				return;
			case LexgraphPackage.SOURCE__LANGUAGE:
				setLanguage((String)newValue);
				return;
			case LexgraphPackage.SOURCE__PAGE_COUNT:
				setPageCount((Integer)newValue);
				return;
			case LexgraphPackage.SOURCE__STATUS:
				setStatus((SourceStatus)newValue);
				return;
			case LexgraphPackage.SOURCE__STATUS_MESSAGE:
				setStatusMessage((String)newValue);
				return;
			case LexgraphPackage.SOURCE__PROVENANCE:
				getProvenance().clear();
				getProvenance().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.SOURCE__FILE_REMOVED:
				setFileRemoved((Boolean)newValue);
				return;
			case LexgraphPackage.SOURCE__TEXT_HASH:
				setTextHash((String)newValue);
				return;
			case LexgraphPackage.SOURCE__CONTAINER_HASH:
				setContainerHash((String)newValue);
				return;
			case LexgraphPackage.SOURCE__ARCHIVE_PATH:
				setArchivePath((String)newValue);
				return;
			case LexgraphPackage.SOURCE__PUBLISHER:
				setPublisher((Actor)newValue);
				return;
			case LexgraphPackage.SOURCE__AUTHORS:
				getAuthors().clear();
				getAuthors().addAll((Collection<? extends Actor>)newValue);
				return;
			case LexgraphPackage.SOURCE__SIGNATORIES:
				getSignatories().clear();
				getSignatories().addAll((Collection<? extends Actor>)newValue);
				return;
			case LexgraphPackage.SOURCE__PASSAGES:
				getPassages().clear();
				getPassages().addAll((Collection<? extends Passage>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__ORIGINAL_PATH:
				setOriginalPath(ORIGINAL_PATH_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__BYTE_SIZE:
				setByteSize(BYTE_SIZE_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__LANGUAGE:
				setLanguage(LANGUAGE_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__PAGE_COUNT:
				setPageCount(PAGE_COUNT_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__STATUS_MESSAGE:
				setStatusMessage(STATUS_MESSAGE_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__PROVENANCE:
				getProvenance().clear();
				return;
			case LexgraphPackage.SOURCE__FILE_REMOVED:
				setFileRemoved(FILE_REMOVED_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__TEXT_HASH:
				setTextHash(TEXT_HASH_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__CONTAINER_HASH:
				setContainerHash(CONTAINER_HASH_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__ARCHIVE_PATH:
				setArchivePath(ARCHIVE_PATH_EDEFAULT);
				return;
			case LexgraphPackage.SOURCE__PUBLISHER:
				setPublisher((Actor)null);
				return;
			case LexgraphPackage.SOURCE__AUTHORS:
				getAuthors().clear();
				return;
			case LexgraphPackage.SOURCE__SIGNATORIES:
				getSignatories().clear();
				return;
			case LexgraphPackage.SOURCE__PASSAGES:
				getPassages().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LexgraphPackage.SOURCE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case LexgraphPackage.SOURCE__ORIGINAL_PATH:
				return ORIGINAL_PATH_EDEFAULT == null ? originalPath != null : !ORIGINAL_PATH_EDEFAULT.equals(originalPath);
			case LexgraphPackage.SOURCE__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case LexgraphPackage.SOURCE__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case LexgraphPackage.SOURCE__BYTE_SIZE:
				return byteSize != BYTE_SIZE_EDEFAULT;
			case LexgraphPackage.SOURCE__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case LexgraphPackage.SOURCE__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case LexgraphPackage.SOURCE__LANGUAGE:
				return LANGUAGE_EDEFAULT == null ? language != null : !LANGUAGE_EDEFAULT.equals(language);
			case LexgraphPackage.SOURCE__PAGE_COUNT:
				return pageCount != PAGE_COUNT_EDEFAULT;
			case LexgraphPackage.SOURCE__STATUS:
				return status != STATUS_EDEFAULT;
			case LexgraphPackage.SOURCE__STATUS_MESSAGE:
				return STATUS_MESSAGE_EDEFAULT == null ? statusMessage != null : !STATUS_MESSAGE_EDEFAULT.equals(statusMessage);
			case LexgraphPackage.SOURCE__PROVENANCE:
				return provenance != null && !provenance.isEmpty();
			case LexgraphPackage.SOURCE__FILE_REMOVED:
				return fileRemoved != FILE_REMOVED_EDEFAULT;
			case LexgraphPackage.SOURCE__TEXT_HASH:
				return TEXT_HASH_EDEFAULT == null ? textHash != null : !TEXT_HASH_EDEFAULT.equals(textHash);
			case LexgraphPackage.SOURCE__CONTAINER_HASH:
				return CONTAINER_HASH_EDEFAULT == null ? containerHash != null : !CONTAINER_HASH_EDEFAULT.equals(containerHash);
			case LexgraphPackage.SOURCE__ARCHIVE_PATH:
				return ARCHIVE_PATH_EDEFAULT == null ? archivePath != null : !ARCHIVE_PATH_EDEFAULT.equals(archivePath);
			case LexgraphPackage.SOURCE__PUBLISHER:
				return publisher != null;
			case LexgraphPackage.SOURCE__AUTHORS:
				return authors != null && !authors.isEmpty();
			case LexgraphPackage.SOURCE__SIGNATORIES:
				return signatories != null && !signatories.isEmpty();
			case LexgraphPackage.SOURCE__PASSAGES:
				return passages != null && !passages.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: ");
		result.append(title);
		result.append(", originalPath: ");
		result.append(originalPath);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", format: ");
		result.append(format);
		result.append(", byteSize: ");
		result.append(byteSize);
		result.append(", importedAt: ");
		result.append(importedAt);
		result.append(", date: ");
		result.append(date);
		result.append(", language: ");
		result.append(language);
		result.append(", pageCount: ");
		result.append(pageCount);
		result.append(", status: ");
		result.append(status);
		result.append(", statusMessage: ");
		result.append(statusMessage);
		result.append(", provenance: ");
		result.append(provenance);
		result.append(", fileRemoved: ");
		result.append(fileRemoved);
		result.append(", textHash: ");
		result.append(textHash);
		result.append(", containerHash: ");
		result.append(containerHash);
		result.append(", archivePath: ");
		result.append(archivePath);
		result.append(')');
		return result.toString();
	}

} //SourceImpl
