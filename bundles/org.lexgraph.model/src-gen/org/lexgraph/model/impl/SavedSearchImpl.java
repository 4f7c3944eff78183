/**
 */
package org.lexgraph.model.impl;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.SavedSearch;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Saved Search</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.SavedSearchImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SavedSearchImpl#getQuery <em>Query</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SavedSearchImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SavedSearchImpl#getLastRun <em>Last Run</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.SavedSearchImpl#getLastHitCount <em>Last Hit Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SavedSearchImpl extends IdentifiableImpl implements SavedSearch {
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
	 * The default value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected static final String QUERY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuery() <em>Query</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuery()
	 * @generated
	 * @ordered
	 */
	protected String query = QUERY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> filters;

	/**
	 * The default value of the '{@link #getLastRun() <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRun()
	 * @generated
	 * @ordered
	 */
	protected static final Date LAST_RUN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLastRun() <em>Last Run</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastRun()
	 * @generated
	 * @ordered
	 */
	protected Date lastRun = LAST_RUN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLastHitCount() <em>Last Hit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHitCount()
	 * @generated
	 * @ordered
	 */
	protected static final int LAST_HIT_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLastHitCount() <em>Last Hit Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLastHitCount()
	 * @generated
	 * @ordered
	 */
	protected int lastHitCount = LAST_HIT_COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SavedSearchImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.SAVED_SEARCH;
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SAVED_SEARCH__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuery() {
		return query;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuery(String newQuery) {
		String oldQuery = query;
		query = newQuery;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SAVED_SEARCH__QUERY, oldQuery, query));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFilters() {
		if (filters == null) {
			filters = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.SAVED_SEARCH__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getLastRun() {
		return lastRun;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastRun(Date newLastRun) {
		Date oldLastRun = lastRun;
		lastRun = newLastRun;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SAVED_SEARCH__LAST_RUN, oldLastRun, lastRun));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLastHitCount() {
		return lastHitCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLastHitCount(int newLastHitCount) {
		int oldLastHitCount = lastHitCount;
		lastHitCount = newLastHitCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.SAVED_SEARCH__LAST_HIT_COUNT, oldLastHitCount, lastHitCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.SAVED_SEARCH__NAME:
				return getName();
			case LexgraphPackage.SAVED_SEARCH__QUERY:
				return getQuery();
			case LexgraphPackage.SAVED_SEARCH__FILTERS:
				return getFilters();
			case LexgraphPackage.SAVED_SEARCH__LAST_RUN:
				return getLastRun();
			case LexgraphPackage.SAVED_SEARCH__LAST_HIT_COUNT:
				return getLastHitCount();
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
			case LexgraphPackage.SAVED_SEARCH__NAME:
				setName((String)newValue);
				return;
			case LexgraphPackage.SAVED_SEARCH__QUERY:
				setQuery((String)newValue);
				return;
			case LexgraphPackage.SAVED_SEARCH__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.SAVED_SEARCH__LAST_RUN:
				setLastRun((Date)newValue);
				return;
			case LexgraphPackage.SAVED_SEARCH__LAST_HIT_COUNT:
				setLastHitCount((Integer)newValue);
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
			case LexgraphPackage.SAVED_SEARCH__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LexgraphPackage.SAVED_SEARCH__QUERY:
				setQuery(QUERY_EDEFAULT);
				return;
			case LexgraphPackage.SAVED_SEARCH__FILTERS:
				getFilters().clear();
				return;
			case LexgraphPackage.SAVED_SEARCH__LAST_RUN:
				setLastRun(LAST_RUN_EDEFAULT);
				return;
			case LexgraphPackage.SAVED_SEARCH__LAST_HIT_COUNT:
				setLastHitCount(LAST_HIT_COUNT_EDEFAULT);
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
			case LexgraphPackage.SAVED_SEARCH__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LexgraphPackage.SAVED_SEARCH__QUERY:
				return QUERY_EDEFAULT == null ? query != null : !QUERY_EDEFAULT.equals(query);
			case LexgraphPackage.SAVED_SEARCH__FILTERS:
				return filters != null && !filters.isEmpty();
			case LexgraphPackage.SAVED_SEARCH__LAST_RUN:
				return LAST_RUN_EDEFAULT == null ? lastRun != null : !LAST_RUN_EDEFAULT.equals(lastRun);
			case LexgraphPackage.SAVED_SEARCH__LAST_HIT_COUNT:
				return lastHitCount != LAST_HIT_COUNT_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", query: ");
		result.append(query);
		result.append(", filters: ");
		result.append(filters);
		result.append(", lastRun: ");
		result.append(lastRun);
		result.append(", lastHitCount: ");
		result.append(lastHitCount);
		result.append(')');
		return result.toString();
	}

} //SavedSearchImpl
