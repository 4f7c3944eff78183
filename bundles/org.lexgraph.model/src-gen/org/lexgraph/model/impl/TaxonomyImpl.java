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

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Source;
import org.lexgraph.model.Taxonomy;
import org.lexgraph.model.Theme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Taxonomy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getThemes <em>Themes</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.TaxonomyImpl#getPopulationTerms <em>Population Terms</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaxonomyImpl extends IdentifiableImpl implements Taxonomy {
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
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

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
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Source source;

	/**
	 * The cached value of the '{@link #getThemes() <em>Themes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemes()
	 * @generated
	 * @ordered
	 */
	protected EList<Theme> themes;

	/**
	 * The cached value of the '{@link #getPopulationTerms() <em>Population Terms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPopulationTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> populationTerms;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaxonomyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.TAXONOMY;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.TAXONOMY__KEY, oldKey, key));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.TAXONOMY__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.TAXONOMY__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Source)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.TAXONOMY__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		Source oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.TAXONOMY__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Theme> getThemes() {
		if (themes == null) {
			themes = new EObjectContainmentWithInverseEList<Theme>(Theme.class, this, LexgraphPackage.TAXONOMY__THEMES, LexgraphPackage.THEME__TAXONOMY);
		}
		return themes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPopulationTerms() {
		if (populationTerms == null) {
			populationTerms = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.TAXONOMY__POPULATION_TERMS);
		}
		return populationTerms;
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
			case LexgraphPackage.TAXONOMY__THEMES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getThemes()).basicAdd(otherEnd, msgs);
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
			case LexgraphPackage.TAXONOMY__THEMES:
				return ((InternalEList<?>)getThemes()).basicRemove(otherEnd, msgs);
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
			case LexgraphPackage.TAXONOMY__KEY:
				return getKey();
			case LexgraphPackage.TAXONOMY__NAME:
				return getName();
			case LexgraphPackage.TAXONOMY__DESCRIPTION:
				return getDescription();
			case LexgraphPackage.TAXONOMY__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case LexgraphPackage.TAXONOMY__THEMES:
				return getThemes();
			case LexgraphPackage.TAXONOMY__POPULATION_TERMS:
				return getPopulationTerms();
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
			case LexgraphPackage.TAXONOMY__KEY:
				setKey((String)newValue);
				return;
			case LexgraphPackage.TAXONOMY__NAME:
				setName((String)newValue);
				return;
			case LexgraphPackage.TAXONOMY__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LexgraphPackage.TAXONOMY__SOURCE:
				setSource((Source)newValue);
				return;
			case LexgraphPackage.TAXONOMY__THEMES:
				getThemes().clear();
				getThemes().addAll((Collection<? extends Theme>)newValue);
				return;
			case LexgraphPackage.TAXONOMY__POPULATION_TERMS:
				getPopulationTerms().clear();
				getPopulationTerms().addAll((Collection<? extends String>)newValue);
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
			case LexgraphPackage.TAXONOMY__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case LexgraphPackage.TAXONOMY__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LexgraphPackage.TAXONOMY__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LexgraphPackage.TAXONOMY__SOURCE:
				setSource((Source)null);
				return;
			case LexgraphPackage.TAXONOMY__THEMES:
				getThemes().clear();
				return;
			case LexgraphPackage.TAXONOMY__POPULATION_TERMS:
				getPopulationTerms().clear();
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
			case LexgraphPackage.TAXONOMY__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case LexgraphPackage.TAXONOMY__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LexgraphPackage.TAXONOMY__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LexgraphPackage.TAXONOMY__SOURCE:
				return source != null;
			case LexgraphPackage.TAXONOMY__THEMES:
				return themes != null && !themes.isEmpty();
			case LexgraphPackage.TAXONOMY__POPULATION_TERMS:
				return populationTerms != null && !populationTerms.isEmpty();
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
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", populationTerms: ");
		result.append(populationTerms);
		result.append(')');
		return result.toString();
	}

} //TaxonomyImpl
