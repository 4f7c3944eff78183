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
import org.lexgraph.model.LinkOrigin;
import org.lexgraph.model.LinkState;
import org.lexgraph.model.Passage;
import org.lexgraph.model.ThemeLink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Theme Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getAsk <em>Ask</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getOrigin <em>Origin</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ThemeLinkImpl#getState <em>State</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ThemeLinkImpl extends IdentifiableImpl implements ThemeLink {
	/**
	 * The cached value of the '{@link #getAsk() <em>Ask</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAsk()
	 * @generated
	 * @ordered
	 */
	protected Ask ask;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<String> evidence;

	/**
	 * The default value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected static final LinkOrigin ORIGIN_EDEFAULT = LinkOrigin.AUTOMATIC;

	/**
	 * The cached value of the '{@link #getOrigin() <em>Origin</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrigin()
	 * @generated
	 * @ordered
	 */
	protected LinkOrigin origin = ORIGIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final LinkState STATE_EDEFAULT = LinkState.PROPOSED;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected LinkState state = STATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ThemeLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.THEME_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Passage getPassage() {
		if (eContainerFeatureID() != LexgraphPackage.THEME_LINK__PASSAGE) return null;
		return (Passage)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Passage basicGetPassage() {
		if (eContainerFeatureID() != LexgraphPackage.THEME_LINK__PASSAGE) return null;
		return (Passage)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPassage(Passage newPassage, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newPassage, LexgraphPackage.THEME_LINK__PASSAGE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassage(Passage newPassage) {
		if (newPassage != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.THEME_LINK__PASSAGE && newPassage != null)) {
			if (EcoreUtil.isAncestor(this, newPassage))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newPassage != null)
				msgs = ((InternalEObject)newPassage).eInverseAdd(this, LexgraphPackage.PASSAGE__THEME_LINKS, Passage.class, msgs);
			msgs = basicSetPassage(newPassage, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME_LINK__PASSAGE, newPassage, newPassage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Ask getAsk() {
		if (ask != null && ask.eIsProxy()) {
			InternalEObject oldAsk = (InternalEObject)ask;
			ask = (Ask)eResolveProxy(oldAsk);
			if (ask != oldAsk) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.THEME_LINK__ASK, oldAsk, ask));
			}
		}
		return ask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ask basicGetAsk() {
		return ask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAsk(Ask newAsk) {
		Ask oldAsk = ask;
		ask = newAsk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME_LINK__ASK, oldAsk, ask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME_LINK__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getEvidence() {
		if (evidence == null) {
			evidence = new EDataTypeUniqueEList<String>(String.class, this, LexgraphPackage.THEME_LINK__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkOrigin getOrigin() {
		return origin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrigin(LinkOrigin newOrigin) {
		LinkOrigin oldOrigin = origin;
		origin = newOrigin == null ? ORIGIN_EDEFAULT : newOrigin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME_LINK__ORIGIN, oldOrigin, origin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LinkState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(LinkState newState) {
		LinkState oldState = state;
		state = newState == null ? STATE_EDEFAULT : newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.THEME_LINK__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LexgraphPackage.THEME_LINK__PASSAGE:
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.PASSAGE__THEME_LINKS, Passage.class, msgs);
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
				if (resolve) return getPassage();
				return basicGetPassage();
			case LexgraphPackage.THEME_LINK__ASK:
				if (resolve) return getAsk();
				return basicGetAsk();
			case LexgraphPackage.THEME_LINK__SCORE:
				return getScore();
			case LexgraphPackage.THEME_LINK__EVIDENCE:
				return getEvidence();
			case LexgraphPackage.THEME_LINK__ORIGIN:
				return getOrigin();
			case LexgraphPackage.THEME_LINK__STATE:
				return getState();
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
				setPassage((Passage)newValue);
				return;
			case LexgraphPackage.THEME_LINK__ASK:
				setAsk((Ask)newValue);
				return;
			case LexgraphPackage.THEME_LINK__SCORE:
				setScore((Double)newValue);
				return;
			case LexgraphPackage.THEME_LINK__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends String>)newValue);
				return;
			case LexgraphPackage.THEME_LINK__ORIGIN:
				setOrigin((LinkOrigin)newValue);
				return;
			case LexgraphPackage.THEME_LINK__STATE:
				setState((LinkState)newValue);
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
				setPassage((Passage)null);
				return;
			case LexgraphPackage.THEME_LINK__ASK:
				setAsk((Ask)null);
				return;
			case LexgraphPackage.THEME_LINK__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case LexgraphPackage.THEME_LINK__EVIDENCE:
				getEvidence().clear();
				return;
			case LexgraphPackage.THEME_LINK__ORIGIN:
				setOrigin(ORIGIN_EDEFAULT);
				return;
			case LexgraphPackage.THEME_LINK__STATE:
				setState(STATE_EDEFAULT);
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
			case LexgraphPackage.THEME_LINK__PASSAGE:
				return basicGetPassage() != null;
			case LexgraphPackage.THEME_LINK__ASK:
				return ask != null;
			case LexgraphPackage.THEME_LINK__SCORE:
				return score != SCORE_EDEFAULT;
			case LexgraphPackage.THEME_LINK__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case LexgraphPackage.THEME_LINK__ORIGIN:
				return origin != ORIGIN_EDEFAULT;
			case LexgraphPackage.THEME_LINK__STATE:
				return state != STATE_EDEFAULT;
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
		result.append(" (score: ");
		result.append(score);
		result.append(", evidence: ");
		result.append(evidence);
		result.append(", origin: ");
		result.append(origin);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //ThemeLinkImpl
