/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.lexgraph.model.Citation;
import org.lexgraph.model.CitationType;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Passage;
import org.lexgraph.model.RegulationVersion;
import org.lexgraph.model.Source;
import org.lexgraph.model.StructureElement;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Citation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getTargetKey <em>Target Key</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getPinpoint <em>Pinpoint</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getResolvedSource <em>Resolved Source</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getResolvedElement <em>Resolved Element</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.CitationImpl#getResolvedVersion <em>Resolved Version</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CitationImpl extends IdentifiableImpl implements Citation {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final CitationType TYPE_EDEFAULT = CitationType.KAMERSTUK;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected CitationType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetKey() <em>Target Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetKey()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetKey() <em>Target Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetKey()
	 * @generated
	 * @ordered
	 */
	protected String targetKey = TARGET_KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getPinpoint() <em>Pinpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinpoint()
	 * @generated
	 * @ordered
	 */
	protected static final String PINPOINT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPinpoint() <em>Pinpoint</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPinpoint()
	 * @generated
	 * @ordered
	 */
	protected String pinpoint = PINPOINT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResolvedSource() <em>Resolved Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedSource()
	 * @generated
	 * @ordered
	 */
	protected Source resolvedSource;

	/**
	 * The cached value of the '{@link #getResolvedElement() <em>Resolved Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedElement()
	 * @generated
	 * @ordered
	 */
	protected StructureElement resolvedElement;

	/**
	 * The cached value of the '{@link #getResolvedVersion() <em>Resolved Version</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResolvedVersion()
	 * @generated
	 * @ordered
	 */
	protected RegulationVersion resolvedVersion;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CitationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.CITATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Passage getPassage() {
		if (eContainerFeatureID() != LexgraphPackage.CITATION__PASSAGE) return null;
		return (Passage)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Passage basicGetPassage() {
		if (eContainerFeatureID() != LexgraphPackage.CITATION__PASSAGE) return null;
		return (Passage)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPassage(Passage newPassage, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPassage, LexgraphPackage.CITATION__PASSAGE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassage(Passage newPassage) {
		if (newPassage != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.CITATION__PASSAGE && newPassage != null)) {
			if (EcoreUtil.isAncestor(this, newPassage))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPassage != null)
				msgs = ((InternalEObject)newPassage).eInverseAdd(this, LexgraphPackage.PASSAGE__CITATIONS, Passage.class, msgs);
			msgs = basicSetPassage(newPassage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__PASSAGE, newPassage, newPassage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CitationType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(CitationType newType) {
		CitationType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetKey() {
		return targetKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetKey(String newTargetKey) {
		String oldTargetKey = targetKey;
		targetKey = newTargetKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__TARGET_KEY, oldTargetKey, targetKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPinpoint() {
		return pinpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinpoint(String newPinpoint) {
		String oldPinpoint = pinpoint;
		pinpoint = newPinpoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__PINPOINT, oldPinpoint, pinpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getResolvedSource() {
		if (resolvedSource != null && resolvedSource.eIsProxy()) {
			InternalEObject oldResolvedSource = (InternalEObject)resolvedSource;
			resolvedSource = (Source)eResolveProxy(oldResolvedSource);
			if (resolvedSource != oldResolvedSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.CITATION__RESOLVED_SOURCE, oldResolvedSource, resolvedSource));
			}
		}
		return resolvedSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetResolvedSource() {
		return resolvedSource;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedSource(Source newResolvedSource) {
		Source oldResolvedSource = resolvedSource;
		resolvedSource = newResolvedSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__RESOLVED_SOURCE, oldResolvedSource, resolvedSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StructureElement getResolvedElement() {
		if (resolvedElement != null && resolvedElement.eIsProxy()) {
			InternalEObject oldResolvedElement = (InternalEObject)resolvedElement;
			resolvedElement = (StructureElement)eResolveProxy(oldResolvedElement);
			if (resolvedElement != oldResolvedElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.CITATION__RESOLVED_ELEMENT, oldResolvedElement, resolvedElement));
			}
		}
		return resolvedElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StructureElement basicGetResolvedElement() {
		return resolvedElement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedElement(StructureElement newResolvedElement) {
		StructureElement oldResolvedElement = resolvedElement;
		resolvedElement = newResolvedElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__RESOLVED_ELEMENT, oldResolvedElement, resolvedElement));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegulationVersion getResolvedVersion() {
		if (resolvedVersion != null && resolvedVersion.eIsProxy()) {
			InternalEObject oldResolvedVersion = (InternalEObject)resolvedVersion;
			resolvedVersion = (RegulationVersion)eResolveProxy(oldResolvedVersion);
			if (resolvedVersion != oldResolvedVersion) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.CITATION__RESOLVED_VERSION, oldResolvedVersion, resolvedVersion));
			}
		}
		return resolvedVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RegulationVersion basicGetResolvedVersion() {
		return resolvedVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResolvedVersion(RegulationVersion newResolvedVersion) {
		RegulationVersion oldResolvedVersion = resolvedVersion;
		resolvedVersion = newResolvedVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.CITATION__RESOLVED_VERSION, oldResolvedVersion, resolvedVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.CITATION__PASSAGE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetPassage((Passage)otherEnd, msgs);
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
			case LexgraphPackage.CITATION__PASSAGE:
				return basicSetPassage(null, msgs);
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
			case LexgraphPackage.CITATION__PASSAGE:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.PASSAGE__CITATIONS, Passage.class, msgs);
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
			case LexgraphPackage.CITATION__PASSAGE:
				if (resolve) return getPassage();
				return basicGetPassage();
			case LexgraphPackage.CITATION__TYPE:
				return getType();
			case LexgraphPackage.CITATION__TEXT:
				return getText();
			case LexgraphPackage.CITATION__TARGET_KEY:
				return getTargetKey();
			case LexgraphPackage.CITATION__PINPOINT:
				return getPinpoint();
			case LexgraphPackage.CITATION__RESOLVED_SOURCE:
				if (resolve) return getResolvedSource();
				return basicGetResolvedSource();
			case LexgraphPackage.CITATION__RESOLVED_ELEMENT:
				if (resolve) return getResolvedElement();
				return basicGetResolvedElement();
			case LexgraphPackage.CITATION__RESOLVED_VERSION:
				if (resolve) return getResolvedVersion();
				return basicGetResolvedVersion();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LexgraphPackage.CITATION__PASSAGE:
				setPassage((Passage)newValue);
				return;
			case LexgraphPackage.CITATION__TYPE:
				setType((CitationType)newValue);
				return;
			case LexgraphPackage.CITATION__TEXT:
				setText((String)newValue);
				return;
			case LexgraphPackage.CITATION__TARGET_KEY:
				setTargetKey((String)newValue);
				return;
			case LexgraphPackage.CITATION__PINPOINT:
				setPinpoint((String)newValue);
				return;
			case LexgraphPackage.CITATION__RESOLVED_SOURCE:
				setResolvedSource((Source)newValue);
				return;
			case LexgraphPackage.CITATION__RESOLVED_ELEMENT:
				setResolvedElement((StructureElement)newValue);
				return;
			case LexgraphPackage.CITATION__RESOLVED_VERSION:
				setResolvedVersion((RegulationVersion)newValue);
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
			case LexgraphPackage.CITATION__PASSAGE:
				setPassage((Passage)null);
				return;
			case LexgraphPackage.CITATION__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case LexgraphPackage.CITATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case LexgraphPackage.CITATION__TARGET_KEY:
				setTargetKey(TARGET_KEY_EDEFAULT);
				return;
			case LexgraphPackage.CITATION__PINPOINT:
				setPinpoint(PINPOINT_EDEFAULT);
				return;
			case LexgraphPackage.CITATION__RESOLVED_SOURCE:
				setResolvedSource((Source)null);
				return;
			case LexgraphPackage.CITATION__RESOLVED_ELEMENT:
				setResolvedElement((StructureElement)null);
				return;
			case LexgraphPackage.CITATION__RESOLVED_VERSION:
				setResolvedVersion((RegulationVersion)null);
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
			case LexgraphPackage.CITATION__PASSAGE:
				return basicGetPassage() != null;
			case LexgraphPackage.CITATION__TYPE:
				return type != TYPE_EDEFAULT;
			case LexgraphPackage.CITATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case LexgraphPackage.CITATION__TARGET_KEY:
				return TARGET_KEY_EDEFAULT == null ? targetKey != null : !TARGET_KEY_EDEFAULT.equals(targetKey);
			case LexgraphPackage.CITATION__PINPOINT:
				return PINPOINT_EDEFAULT == null ? pinpoint != null : !PINPOINT_EDEFAULT.equals(pinpoint);
			case LexgraphPackage.CITATION__RESOLVED_SOURCE:
				return resolvedSource != null;
			case LexgraphPackage.CITATION__RESOLVED_ELEMENT:
				return resolvedElement != null;
			case LexgraphPackage.CITATION__RESOLVED_VERSION:
				return resolvedVersion != null;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", text: ");
		result.append(text);
		result.append(", targetKey: ");
		result.append(targetKey);
		result.append(", pinpoint: ");
		result.append(pinpoint);
		result.append(')');
		return result.toString();
	}

} //CitationImpl
