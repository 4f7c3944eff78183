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
import org.eclipse.emf.ecore.util.EcoreUtil;

import org.lexgraph.model.Ask;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Theme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ask</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getTheme <em>Theme</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getKey <em>Key</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getTerms <em>Terms</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getRequiredTerms <em>Required Terms</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getExcludedTerms <em>Excluded Terms</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#isPopulation <em>Population</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.AskImpl#getThreshold <em>Threshold</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AskImpl extends IdentifiableImpl implements Ask {
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
	 * The cached value of the '{@link #getTerms() <em>Terms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> terms;

	/**
	 * The cached value of the '{@link #getRequiredTerms() <em>Required Terms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> requiredTerms;

	/**
	 * The cached value of the '{@link #getExcludedTerms() <em>Excluded Terms</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludedTerms()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludedTerms;

	/**
	 * The default value of the '{@link #isPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPopulation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean POPULATION_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPopulation() <em>Population</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPopulation()
	 * @generated
	 * @ordered
	 */
	protected boolean population = POPULATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.ASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Theme getTheme() {
		if (eContainerFeatureID() != LexgraphPackage.ASK__THEME) return null;
		return (Theme)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Theme basicGetTheme() {
		if (eContainerFeatureID() != LexgraphPackage.ASK__THEME) return null;
		return (Theme)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTheme(Theme newTheme, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newTheme, LexgraphPackage.ASK__THEME, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheme(Theme newTheme) {
		if (newTheme != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.ASK__THEME && newTheme != null)) {
			if (EcoreUtil.isAncestor(this, newTheme))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newTheme != null)
				msgs = ((InternalEObject)newTheme).eInverseAdd(this, LexgraphPackage.THEME__ASKS, Theme.class, msgs);
			msgs = basicSetTheme(newTheme, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__THEME, newTheme, newTheme));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__KEY, oldKey, key));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTerms() {
		if (terms == null) {
			terms = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.ASK__TERMS);
		}
		return terms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getRequiredTerms() {
		if (requiredTerms == null) {
			requiredTerms = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.ASK__REQUIRED_TERMS);
		}
		return requiredTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludedTerms() {
		if (excludedTerms == null) {
			excludedTerms = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.ASK__EXCLUDED_TERMS);
		}
		return excludedTerms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPopulation() {
		return population;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPopulation(boolean newPopulation) {
		boolean oldPopulation = population;
		population = newPopulation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__POPULATION, oldPopulation, population));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.ASK__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.ASK__THEME:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetTheme((Theme)otherEnd, msgs);
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
			case LexgraphPackage.ASK__THEME:
				return basicSetTheme(null, msgs);
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
			case LexgraphPackage.ASK__THEME:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.THEME__ASKS, Theme.class, msgs);
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
			case LexgraphPackage.ASK__THEME:
				if (resolve) return getTheme();
				return basicGetTheme();
			case LexgraphPackage.ASK__KEY:
				return getKey();
			case LexgraphPackage.ASK__LABEL:
				return getLabel();
			case LexgraphPackage.ASK__DESCRIPTION:
				return getDescription();
			case LexgraphPackage.ASK__TERMS:
				return getTerms();
			case LexgraphPackage.ASK__REQUIRED_TERMS:
				return getRequiredTerms();
			case LexgraphPackage.ASK__EXCLUDED_TERMS:
				return getExcludedTerms();
			case LexgraphPackage.ASK__POPULATION:
				return isPopulation();
			case LexgraphPackage.ASK__THRESHOLD:
				return getThreshold();
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
			case LexgraphPackage.ASK__THEME:
				setTheme((Theme)newValue);
				return;
			case LexgraphPackage.ASK__KEY:
				setKey((String)newValue);
				return;
			case LexgraphPackage.ASK__LABEL:
				setLabel((String)newValue);
				return;
			case LexgraphPackage.ASK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case LexgraphPackage.ASK__TERMS:
				getTerms().clear();
				getTerms().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.ASK__REQUIRED_TERMS:
				getRequiredTerms().clear();
				getRequiredTerms().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.ASK__EXCLUDED_TERMS:
				getExcludedTerms().clear();
				getExcludedTerms().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.ASK__POPULATION:
				setPopulation((Boolean)newValue);
				return;
			case LexgraphPackage.ASK__THRESHOLD:
				setThreshold((Double)newValue);
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
			case LexgraphPackage.ASK__THEME:
				setTheme((Theme)null);
				return;
			case LexgraphPackage.ASK__KEY:
				setKey(KEY_EDEFAULT);
				return;
			case LexgraphPackage.ASK__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case LexgraphPackage.ASK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case LexgraphPackage.ASK__TERMS:
				getTerms().clear();
				return;
			case LexgraphPackage.ASK__REQUIRED_TERMS:
				getRequiredTerms().clear();
				return;
			case LexgraphPackage.ASK__EXCLUDED_TERMS:
				getExcludedTerms().clear();
				return;
			case LexgraphPackage.ASK__POPULATION:
				setPopulation(POPULATION_EDEFAULT);
				return;
			case LexgraphPackage.ASK__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
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
			case LexgraphPackage.ASK__THEME:
				return basicGetTheme() != null;
			case LexgraphPackage.ASK__KEY:
				return KEY_EDEFAULT == null ? key != null : !KEY_EDEFAULT.equals(key);
			case LexgraphPackage.ASK__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case LexgraphPackage.ASK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case LexgraphPackage.ASK__TERMS:
				return terms != null && !terms.isEmpty();
			case LexgraphPackage.ASK__REQUIRED_TERMS:
				return requiredTerms != null && !requiredTerms.isEmpty();
			case LexgraphPackage.ASK__EXCLUDED_TERMS:
				return excludedTerms != null && !excludedTerms.isEmpty();
			case LexgraphPackage.ASK__POPULATION:
				return population != POPULATION_EDEFAULT;
			case LexgraphPackage.ASK__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
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
		result.append(", terms: ");
		result.append(terms);
		result.append(", requiredTerms: ");
		result.append(requiredTerms);
		result.append(", excludedTerms: ");
		result.append(excludedTerms);
		result.append(", population: ");
		result.append(population);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(')');
		return result.toString();
	}

} //AskImpl
