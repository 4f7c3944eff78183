/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Quote;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Quote</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getPassage <em>Passage</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getQuotedText <em>Quoted Text</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getPinpoint <em>Pinpoint</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuoteImpl extends IdentifiableImpl implements Quote {
	/**
	 * The cached value of the '{@link #getPassage() <em>Passage</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassage()
	 * @generated
	 * @ordered
	 */
	protected Passage passage;

	/**
	 * The default value of the '{@link #getQuotedText() <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotedText()
	 * @generated
	 * @ordered
	 */
	protected static final String QUOTED_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getQuotedText() <em>Quoted Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuotedText()
	 * @generated
	 * @ordered
	 */
	protected String quotedText = QUOTED_TEXT_EDEFAULT;

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
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.QUOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Passage getPassage() {
		if (passage != null && passage.eIsProxy()) {
			InternalEObject oldPassage = (InternalEObject)passage;
			passage = (Passage)eResolveProxy(oldPassage);
			if (passage != oldPassage) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.QUOTE__PASSAGE, oldPassage, passage));
			}
		}
		return passage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Passage basicGetPassage() {
		return passage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassage(Passage newPassage) {
		Passage oldPassage = passage;
		passage = newPassage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__PASSAGE, oldPassage, passage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getQuotedText() {
		return quotedText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuotedText(String newQuotedText) {
		String oldQuotedText = quotedText;
		quotedText = newQuotedText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__QUOTED_TEXT, oldQuotedText, quotedText));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__PINPOINT, oldPinpoint, pinpoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.QUOTE__PASSAGE:
				if (resolve) return getPassage();
				return basicGetPassage();
			case LexgraphPackage.QUOTE__QUOTED_TEXT:
				return getQuotedText();
			case LexgraphPackage.QUOTE__PINPOINT:
				return getPinpoint();
			case LexgraphPackage.QUOTE__NOTE:
				return getNote();
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
			case LexgraphPackage.QUOTE__PASSAGE:
				setPassage((Passage)newValue);
				return;
			case LexgraphPackage.QUOTE__QUOTED_TEXT:
				setQuotedText((String)newValue);
				return;
			case LexgraphPackage.QUOTE__PINPOINT:
				setPinpoint((String)newValue);
				return;
			case LexgraphPackage.QUOTE__NOTE:
				setNote((String)newValue);
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
			case LexgraphPackage.QUOTE__PASSAGE:
				setPassage((Passage)null);
				return;
			case LexgraphPackage.QUOTE__QUOTED_TEXT:
				setQuotedText(QUOTED_TEXT_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__PINPOINT:
				setPinpoint(PINPOINT_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case LexgraphPackage.QUOTE__PASSAGE:
				return passage != null;
			case LexgraphPackage.QUOTE__QUOTED_TEXT:
				return QUOTED_TEXT_EDEFAULT == null ? quotedText != null : !QUOTED_TEXT_EDEFAULT.equals(quotedText);
			case LexgraphPackage.QUOTE__PINPOINT:
				return PINPOINT_EDEFAULT == null ? pinpoint != null : !PINPOINT_EDEFAULT.equals(pinpoint);
			case LexgraphPackage.QUOTE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (quotedText: ");
		result.append(quotedText);
		result.append(", pinpoint: ");
		result.append(pinpoint);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //QuoteImpl
