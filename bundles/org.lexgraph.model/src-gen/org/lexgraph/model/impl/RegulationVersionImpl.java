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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.RegulationVersion;
import org.lexgraph.model.StructureElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regulation Version</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getRegulation <em>Regulation</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getVersionId <em>Version Id</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getValidFrom <em>Valid From</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getValidTo <em>Valid To</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getPublication <em>Publication</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getChange <em>Change</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getSupersedes <em>Supersedes</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationVersionImpl#getArticles <em>Articles</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegulationVersionImpl extends IdentifiableImpl implements RegulationVersion {
	/**
	 * The default value of the '{@link #getVersionId() <em>Version Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionId()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionId() <em>Version Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionId()
	 * @generated
	 * @ordered
	 */
	protected String versionId = VERSION_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidFrom() <em>Valid From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidFrom()
	 * @generated
	 * @ordered
	 */
	protected Date validFrom = VALID_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected static final Date VALID_TO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getValidTo() <em>Valid To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidTo()
	 * @generated
	 * @ordered
	 */
	protected Date validTo = VALID_TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getPublication() <em>Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublication()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLICATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublication() <em>Publication</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublication()
	 * @generated
	 * @ordered
	 */
	protected String publication = PUBLICATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChange() <em>Change</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChange()
	 * @generated
	 * @ordered
	 */
	protected String change = CHANGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSupersedes() <em>Supersedes</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSupersedes()
	 * @generated
	 * @ordered
	 */
	protected RegulationVersion supersedes;

	/**
	 * The cached value of the '{@link #getArticles() <em>Articles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticles()
	 * @generated
	 * @ordered
	 */
	protected EList<StructureElement> articles;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegulationVersionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.REGULATION_VERSION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regulation getRegulation() {
		if (eContainerFeatureID() != LexgraphPackage.REGULATION_VERSION__REGULATION) return null;
		return (Regulation)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Regulation basicGetRegulation() {
		if (eContainerFeatureID() != LexgraphPackage.REGULATION_VERSION__REGULATION) return null;
		return (Regulation)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetRegulation(Regulation newRegulation, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newRegulation, LexgraphPackage.REGULATION_VERSION__REGULATION, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegulation(Regulation newRegulation) {
		if (newRegulation != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.REGULATION_VERSION__REGULATION && newRegulation != null)) {
			if (EcoreUtil.isAncestor(this, newRegulation))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newRegulation != null)
				msgs = ((InternalEObject)newRegulation).eInverseAdd(this, LexgraphPackage.REGULATION__VERSIONS, Regulation.class, msgs);
			msgs = basicSetRegulation(newRegulation, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__REGULATION, newRegulation, newRegulation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersionId() {
		return versionId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionId(String newVersionId) {
		String oldVersionId = versionId;
		versionId = newVersionId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__VERSION_ID, oldVersionId, versionId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidFrom() {
		return validFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidFrom(Date newValidFrom) {
		Date oldValidFrom = validFrom;
		validFrom = newValidFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__VALID_FROM, oldValidFrom, validFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getValidTo() {
		return validTo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidTo(Date newValidTo) {
		Date oldValidTo = validTo;
		validTo = newValidTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__VALID_TO, oldValidTo, validTo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublication() {
		return publication;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublication(String newPublication) {
		String oldPublication = publication;
		publication = newPublication;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__PUBLICATION, oldPublication, publication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChange() {
		return change;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChange(String newChange) {
		String oldChange = change;
		change = newChange;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__CHANGE, oldChange, change));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegulationVersion getSupersedes() {
		if (supersedes != null && supersedes.eIsProxy()) {
			InternalEObject oldSupersedes = (InternalEObject)supersedes;
			supersedes = (RegulationVersion)eResolveProxy(oldSupersedes);
			if (supersedes != oldSupersedes) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.REGULATION_VERSION__SUPERSEDES, oldSupersedes, supersedes));
			}
		}
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegulationVersion basicGetSupersedes() {
		return supersedes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSupersedes(RegulationVersion newSupersedes) {
		RegulationVersion oldSupersedes = supersedes;
		supersedes = newSupersedes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION_VERSION__SUPERSEDES, oldSupersedes, supersedes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StructureElement> getArticles() {
		if (articles == null) {
			articles = new EObjectContainmentEList<StructureElement>(StructureElement.class, this, LexgraphPackage.REGULATION_VERSION__ARTICLES);
		}
		return articles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetRegulation((Regulation)otherEnd, msgs);
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
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				return basicSetRegulation(null, msgs);
			case LexgraphPackage.REGULATION_VERSION__ARTICLES:
				return ((InternalEList<?>)getArticles()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.REGULATION__VERSIONS, Regulation.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				if (resolve) return getRegulation();
				return basicGetRegulation();
			case LexgraphPackage.REGULATION_VERSION__VERSION_ID:
				return getVersionId();
			case LexgraphPackage.REGULATION_VERSION__VALID_FROM:
				return getValidFrom();
			case LexgraphPackage.REGULATION_VERSION__VALID_TO:
				return getValidTo();
			case LexgraphPackage.REGULATION_VERSION__PUBLICATION:
				return getPublication();
			case LexgraphPackage.REGULATION_VERSION__CHANGE:
				return getChange();
			case LexgraphPackage.REGULATION_VERSION__SUPERSEDES:
				if (resolve) return getSupersedes();
				return basicGetSupersedes();
			case LexgraphPackage.REGULATION_VERSION__ARTICLES:
				return getArticles();
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
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				setRegulation((Regulation)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__VERSION_ID:
				setVersionId((String)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__VALID_FROM:
				setValidFrom((Date)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__VALID_TO:
				setValidTo((Date)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__PUBLICATION:
				setPublication((String)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__CHANGE:
				setChange((String)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__SUPERSEDES:
				setSupersedes((RegulationVersion)newValue);
				return;
			case LexgraphPackage.REGULATION_VERSION__ARTICLES:
				getArticles().clear();
				getArticles().addAll((Collection<? extends StructureElement>)newValue);
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
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				setRegulation((Regulation)null);
				return;
			case LexgraphPackage.REGULATION_VERSION__VERSION_ID:
				setVersionId(VERSION_ID_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION_VERSION__VALID_FROM:
				setValidFrom(VALID_FROM_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION_VERSION__VALID_TO:
				setValidTo(VALID_TO_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION_VERSION__PUBLICATION:
				setPublication(PUBLICATION_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION_VERSION__CHANGE:
				setChange(CHANGE_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION_VERSION__SUPERSEDES:
				setSupersedes((RegulationVersion)null);
				return;
			case LexgraphPackage.REGULATION_VERSION__ARTICLES:
				getArticles().clear();
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
			case LexgraphPackage.REGULATION_VERSION__REGULATION:
				return basicGetRegulation() != null;
			case LexgraphPackage.REGULATION_VERSION__VERSION_ID:
				return VERSION_ID_EDEFAULT == null ? versionId != null : !VERSION_ID_EDEFAULT.equals(versionId);
			case LexgraphPackage.REGULATION_VERSION__VALID_FROM:
				return VALID_FROM_EDEFAULT == null ? validFrom != null : !VALID_FROM_EDEFAULT.equals(validFrom);
			case LexgraphPackage.REGULATION_VERSION__VALID_TO:
				return VALID_TO_EDEFAULT == null ? validTo != null : !VALID_TO_EDEFAULT.equals(validTo);
			case LexgraphPackage.REGULATION_VERSION__PUBLICATION:
				return PUBLICATION_EDEFAULT == null ? publication != null : !PUBLICATION_EDEFAULT.equals(publication);
			case LexgraphPackage.REGULATION_VERSION__CHANGE:
				return CHANGE_EDEFAULT == null ? change != null : !CHANGE_EDEFAULT.equals(change);
			case LexgraphPackage.REGULATION_VERSION__SUPERSEDES:
				return supersedes != null;
			case LexgraphPackage.REGULATION_VERSION__ARTICLES:
				return articles != null && !articles.isEmpty();
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
		result.append(" (versionId: ");
		result.append(versionId);
		result.append(", validFrom: ");
		result.append(validFrom);
		result.append(", validTo: ");
		result.append(validTo);
		result.append(", publication: ");
		result.append(publication);
		result.append(", change: ");
		result.append(change);
		result.append(')');
		return result.toString();
	}

} //RegulationVersionImpl
