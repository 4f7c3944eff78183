/**
 */
package org.lexgraph.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lexgraph.model.Ask;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.ThemeImpl#getTaxonomy <em>Taxonomy</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeImpl#getAsks <em>Asks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThemeImpl extends IdentifiableImpl implements Theme {
	/**
	 * The default value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected static final String KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKey() <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKey()
	 * @generated
	 * @ordered
	 */
	protected String key = KEY_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAsks() <em>Asks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsks()
	 * @generated
	 * @ordered
	 */
	protected EList<Ask> asks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.THEME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Taxonomy getTaxonomy() {
		if (eContainerFeatureID() != LexgraphPackage.THEME__TAXONOMY) return null;
		return (Taxonomy)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Taxonomy basicGetTaxonomy() {
		if (eContainerFeatureID() != LexgraphPackage.THEME__TAXONOMY) return null;
		return (Taxonomy)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTaxonomy(Taxonomy newTaxonomy, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTaxonomy, LexgraphPackage.THEME__TAXONOMY, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaxonomy(Taxonomy newTaxonomy) {
		if (newTaxonomy != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.THEME__TAXONOMY && newTaxonomy != null)) {
			if (EcoreUtil.isAncestor(this, newTaxonomy))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTaxonomy != null)
				msgs = ((InternalEObject)newTaxonomy).eInverseAdd(this, LexgraphPackage.TAXONOMY__THEMES, Taxonomy.class, msgs);
			msgs = basicSetTaxonomy(newTaxonomy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME__TAXONOMY, newTaxonomy, newTaxonomy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getKey() {
		return key;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKey(String newKey) {
		String oldKey = key;
		key = newKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ask> getAsks() {
		if (asks == null) {
			asks = new EObjectContainmentWithInverseEList<Ask>(Ask.class, this, LexgraphPackage.THEME__ASKS, LexgraphPackage.ASK__THEME);
		}
		return asks;
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
			case LexgraphPackage.THEME__TAXONOMY:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTaxonomy((Taxonomy)otherEnd, msgs);
			case LexgraphPackage.THEME__ASKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getAsks()).basicAdd(otherEnd, msgs);
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
			case LexgraphPackage.THEME__TAXONOMY:
				return basicSetTaxonomy(null, msgs);
			case LexgraphPackage.THEME__ASKS:
				return ((InternalEList<?>)getAsks()).basicRemove(otherEnd, msgs);
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
			case LexgraphPackage.THEME__TAXONOMY:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.TAXONOMY__THEMES, Taxonomy.class, msgs);
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
			case LexgraphPackage.THEME__TAXONOMY:
				if (resolve) return getTaxonomy();
				return basicGetTaxonomy();
			case LexgraphPackage.THEME__KEY:
				return getKey();
			case LexgraphPackage.THEME__LABEL:
				return getLabel();
			case LexgraphPackage.THEME__DESCRIPTION:
				return getDescription();
			case LexgraphPackage.THEME__ASKS:
				return getAsks();
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
			case LexgraphPackage.THEME__TAXONOMY:
				setTaxonomy((Taxonomy)newValue);
				return;
			case LexgraphPackage.THEME__KEY:
				setKey((String)newValue);
				return;
			case LexgraphPackage.THEME__LABEL:
				setLabel((String)newValue);
				return;
			case LexgraphPackage.THEME__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LexgraphPackage.THEME__ASKS:
				getAsks().clear();
				getAsks().addAll((Collection<? extends Ask>)newValue);
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
			case LexgraphPackage.THEME__TAXONOMY:
				setTaxonomy((Taxonomy)null);
				return;
			case LexgraphPackage.THEME__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case LexgraphPackage.THEME__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case LexgraphPackage.THEME__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LexgraphPackage.THEME__ASKS:
				getAsks().clear();
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
			case LexgraphPackage.THEME__TAXONOMY:
				return basicGetTaxonomy() != null;
			case LexgraphPackage.THEME__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case LexgraphPackage.THEME__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case LexgraphPackage.THEME__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LexgraphPackage.THEME__ASKS:
				return asks != null && !asks.isEmpty();
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
		result.append(" (key: ");
		result.append(key);
		result.append(", label: ");
		result.append(label);
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //ThemeImpl
