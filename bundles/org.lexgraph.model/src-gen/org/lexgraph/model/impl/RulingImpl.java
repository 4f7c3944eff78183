/**
 */
package org.lexgraph.model.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lexgraph.model.Actor;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Ruling;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ruling</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getEcli <em>Ecli</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getCourt <em>Court</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getDecisionDate <em>Decision Date</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getProcedure <em>Procedure</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.RulingImpl#getAreaOfLaw <em>Area Of Law</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RulingImpl extends SourceImpl implements Ruling {
	/**
	 * The default value of the '{@link #getEcli() <em>Ecli</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcli()
	 * @generated
	 * @ordered
	 */
	protected static final String ECLI_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEcli() <em>Ecli</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEcli()
	 * @generated
	 * @ordered
	 */
	protected String ecli = ECLI_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCourt() <em>Court</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCourt()
	 * @generated
	 * @ordered
	 */
	protected Actor court;

	/**
	 * The default value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DECISION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecisionDate() <em>Decision Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisionDate()
	 * @generated
	 * @ordered
	 */
	protected Date decisionDate = DECISION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProcedure() <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected static final String PROCEDURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProcedure() <em>Procedure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProcedure()
	 * @generated
	 * @ordered
	 */
	protected String procedure = PROCEDURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getAreaOfLaw() <em>Area Of Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaOfLaw()
	 * @generated
	 * @ordered
	 */
	protected static final String AREA_OF_LAW_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAreaOfLaw() <em>Area Of Law</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAreaOfLaw()
	 * @generated
	 * @ordered
	 */
	protected String areaOfLaw = AREA_OF_LAW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RulingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.RULING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEcli() {
		return ecli;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEcli(String newEcli) {
		String oldEcli = ecli;
		ecli = newEcli;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__ECLI, oldEcli, ecli));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Actor getCourt() {
		if (court != null && court.eIsProxy()) {
			InternalEObject oldCourt = (InternalEObject)court;
			court = (Actor)eResolveProxy(oldCourt);
			if (court != oldCourt) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.RULING__COURT, oldCourt, court));
			}
		}
		return court;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Actor basicGetCourt() {
		return court;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCourt(Actor newCourt) {
		Actor oldCourt = court;
		court = newCourt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__COURT, oldCourt, court));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDecisionDate() {
		return decisionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecisionDate(Date newDecisionDate) {
		Date oldDecisionDate = decisionDate;
		decisionDate = newDecisionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__DECISION_DATE, oldDecisionDate, decisionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProcedure() {
		return procedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProcedure(String newProcedure) {
		String oldProcedure = procedure;
		procedure = newProcedure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__PROCEDURE, oldProcedure, procedure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAreaOfLaw() {
		return areaOfLaw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAreaOfLaw(String newAreaOfLaw) {
		String oldAreaOfLaw = areaOfLaw;
		areaOfLaw = newAreaOfLaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.RULING__AREA_OF_LAW, oldAreaOfLaw, areaOfLaw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.RULING__ECLI:
				return getEcli();
			case LexgraphPackage.RULING__COURT:
				if (resolve) return getCourt();
				return basicGetCourt();
			case LexgraphPackage.RULING__DECISION_DATE:
				return getDecisionDate();
			case LexgraphPackage.RULING__PROCEDURE:
				return getProcedure();
			case LexgraphPackage.RULING__CASE_NUMBER:
				return getCaseNumber();
			case LexgraphPackage.RULING__AREA_OF_LAW:
				return getAreaOfLaw();
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
			case LexgraphPackage.RULING__ECLI:
				setEcli((String)newValue);
				return;
			case LexgraphPackage.RULING__COURT:
				setCourt((Actor)newValue);
				return;
			case LexgraphPackage.RULING__DECISION_DATE:
				setDecisionDate((Date)newValue);
				return;
			case LexgraphPackage.RULING__PROCEDURE:
				setProcedure((String)newValue);
				return;
			case LexgraphPackage.RULING__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case LexgraphPackage.RULING__AREA_OF_LAW:
				setAreaOfLaw((String)newValue);
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
			case LexgraphPackage.RULING__ECLI:
				setEcli(ECLI_EDEFAULT);
				return;
			case LexgraphPackage.RULING__COURT:
				setCourt((Actor)null);
				return;
			case LexgraphPackage.RULING__DECISION_DATE:
				setDecisionDate(DECISION_DATE_EDEFAULT);
				return;
			case LexgraphPackage.RULING__PROCEDURE:
				setProcedure(PROCEDURE_EDEFAULT);
				return;
			case LexgraphPackage.RULING__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case LexgraphPackage.RULING__AREA_OF_LAW:
				setAreaOfLaw(AREA_OF_LAW_EDEFAULT);
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
			case LexgraphPackage.RULING__ECLI:
				return ECLI_EDEFAULT == null ? ecli != null : !ECLI_EDEFAULT.equals(ecli);
			case LexgraphPackage.RULING__COURT:
				return court != null;
			case LexgraphPackage.RULING__DECISION_DATE:
				return DECISION_DATE_EDEFAULT == null ? decisionDate != null : !DECISION_DATE_EDEFAULT.equals(decisionDate);
			case LexgraphPackage.RULING__PROCEDURE:
				return PROCEDURE_EDEFAULT == null ? procedure != null : !PROCEDURE_EDEFAULT.equals(procedure);
			case LexgraphPackage.RULING__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case LexgraphPackage.RULING__AREA_OF_LAW:
				return AREA_OF_LAW_EDEFAULT == null ? areaOfLaw != null : !AREA_OF_LAW_EDEFAULT.equals(areaOfLaw);
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
		result.append(" (ecli: ");
		result.append(ecli);
		result.append(", decisionDate: ");
		result.append(decisionDate);
		result.append(", procedure: ");
		result.append(procedure);
		result.append(", caseNumber: ");
		result.append(caseNumber);
		result.append(", areaOfLaw: ");
		result.append(areaOfLaw);
		result.append(')');
		return result.toString();
	}

} //RulingImpl
