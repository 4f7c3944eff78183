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

import org.lexgraph.model.Actor;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.RegulationScope;
import org.lexgraph.model.RegulationVersion;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regulation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getScope <em>Scope</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getWorkId <em>Work Id</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getAuthority <em>Authority</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getMunicipality <em>Municipality</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RegulationImpl#getVersions <em>Versions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegulationImpl extends SourceImpl implements Regulation {
	/**
	 * The default value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected static final RegulationScope SCOPE_EDEFAULT = RegulationScope.NATIONAL;

	/**
	 * The cached value of the '{@link #getScope() <em>Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScope()
	 * @generated
	 * @ordered
	 */
	protected RegulationScope scope = SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWorkId() <em>Work Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkId()
	 * @generated
	 * @ordered
	 */
	protected static final String WORK_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWorkId() <em>Work Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkId()
	 * @generated
	 * @ordered
	 */
	protected String workId = WORK_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected EList<String> legalBasis;

	/**
	 * The cached value of the '{@link #getAuthority() <em>Authority</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthority()
	 * @generated
	 * @ordered
	 */
	protected Actor authority;

	/**
	 * The cached value of the '{@link #getMunicipality() <em>Municipality</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipality()
	 * @generated
	 * @ordered
	 */
	protected Actor municipality;

	/**
	 * The cached value of the '{@link #getVersions() <em>Versions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersions()
	 * @generated
	 * @ordered
	 */
	protected EList<RegulationVersion> versions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegulationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.REGULATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RegulationScope getScope() {
		return scope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScope(RegulationScope newScope) {
		RegulationScope oldScope = scope;
		scope = newScope == null ? SCOPE_EDEFAULT : newScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION__SCOPE, oldScope, scope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWorkId() {
		return workId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkId(String newWorkId) {
		String oldWorkId = workId;
		workId = newWorkId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION__WORK_ID, oldWorkId, workId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLegalBasis() {
		if (legalBasis == null) {
			legalBasis = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.REGULATION__LEGAL_BASIS);
		}
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getAuthority() {
		if (authority != null && authority.eIsProxy()) {
			InternalEObject oldAuthority = (InternalEObject)authority;
			authority = (Actor)eResolveProxy(oldAuthority);
			if (authority != oldAuthority) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.REGULATION__AUTHORITY, oldAuthority, authority));
			}
		}
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetAuthority() {
		return authority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthority(Actor newAuthority) {
		Actor oldAuthority = authority;
		authority = newAuthority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION__AUTHORITY, oldAuthority, authority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getMunicipality() {
		if (municipality != null && municipality.eIsProxy()) {
			InternalEObject oldMunicipality = (InternalEObject)municipality;
			municipality = (Actor)eResolveProxy(oldMunicipality);
			if (municipality != oldMunicipality) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.REGULATION__MUNICIPALITY, oldMunicipality, municipality));
			}
		}
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetMunicipality() {
		return municipality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipality(Actor newMunicipality) {
		Actor oldMunicipality = municipality;
		municipality = newMunicipality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.REGULATION__MUNICIPALITY, oldMunicipality, municipality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<RegulationVersion> getVersions() {
		if (versions == null) {
			versions = new EObjectContainmentWithInverseEList<RegulationVersion>(RegulationVersion.class, this, LexgraphPackage.REGULATION__VERSIONS, LexgraphPackage.REGULATION_VERSION__REGULATION);
		}
		return versions;
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
			case LexgraphPackage.REGULATION__VERSIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getVersions()).basicAdd(otherEnd, msgs);
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
			case LexgraphPackage.REGULATION__VERSIONS:
				return ((InternalEList<?>)getVersions()).basicRemove(otherEnd, msgs);
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
			case LexgraphPackage.REGULATION__SCOPE:
				return getScope();
			case LexgraphPackage.REGULATION__WORK_ID:
				return getWorkId();
			case LexgraphPackage.REGULATION__LEGAL_BASIS:
				return getLegalBasis();
			case LexgraphPackage.REGULATION__AUTHORITY:
				if (resolve) return getAuthority();
				return basicGetAuthority();
			case LexgraphPackage.REGULATION__MUNICIPALITY:
				if (resolve) return getMunicipality();
				return basicGetMunicipality();
			case LexgraphPackage.REGULATION__VERSIONS:
				return getVersions();
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
			case LexgraphPackage.REGULATION__SCOPE:
				setScope((RegulationScope)newValue);
				return;
			case LexgraphPackage.REGULATION__WORK_ID:
				setWorkId((String)newValue);
				return;
			case LexgraphPackage.REGULATION__LEGAL_BASIS:
				getLegalBasis().clear();
				getLegalBasis().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.REGULATION__AUTHORITY:
				setAuthority((Actor)newValue);
				return;
			case LexgraphPackage.REGULATION__MUNICIPALITY:
				setMunicipality((Actor)newValue);
				return;
			case LexgraphPackage.REGULATION__VERSIONS:
				getVersions().clear();
				getVersions().addAll((Collection<? extends RegulationVersion>)newValue);
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
			case LexgraphPackage.REGULATION__SCOPE:
				setScope(SCOPE_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION__WORK_ID:
				setWorkId(WORK_ID_EDEFAULT);
				return;
			case LexgraphPackage.REGULATION__LEGAL_BASIS:
				getLegalBasis().clear();
				return;
			case LexgraphPackage.REGULATION__AUTHORITY:
				setAuthority((Actor)null);
				return;
			case LexgraphPackage.REGULATION__MUNICIPALITY:
				setMunicipality((Actor)null);
				return;
			case LexgraphPackage.REGULATION__VERSIONS:
				getVersions().clear();
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
			case LexgraphPackage.REGULATION__SCOPE:
				return scope != SCOPE_EDEFAULT;
			case LexgraphPackage.REGULATION__WORK_ID:
				return WORK_ID_EDEFAULT == null ? workId != null : !WORK_ID_EDEFAULT.equals(workId);
			case LexgraphPackage.REGULATION__LEGAL_BASIS:
				return legalBasis != null && !legalBasis.isEmpty();
			case LexgraphPackage.REGULATION__AUTHORITY:
				return authority != null;
			case LexgraphPackage.REGULATION__MUNICIPALITY:
				return municipality != null;
			case LexgraphPackage.REGULATION__VERSIONS:
				return versions != null && !versions.isEmpty();
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
		result.append(" (scope: ");
		result.append(scope);
		result.append(", workId: ");
		result.append(workId);
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(')');
		return result.toString();
	}

} //RegulationImpl
