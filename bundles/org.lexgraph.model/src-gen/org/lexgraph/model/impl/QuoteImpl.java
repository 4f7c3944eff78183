/**
 */
package org.lexgraph.model.impl;

import java.util.Collection;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.lexgraph.model.Ask;
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
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getSourceId <em>Source Id</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getPassageId <em>Passage Id</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#isChanged <em>Changed</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.QuoteImpl#getAsks <em>Asks</em>}</li>
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
	 * The default value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceId() <em>Source Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceId()
	 * @generated
	 * @ordered
	 */
	protected String sourceId = SOURCE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getPassageId() <em>Passage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassageId()
	 * @generated
	 * @ordered
	 */
	protected static final String PASSAGE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPassageId() <em>Passage Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPassageId()
	 * @generated
	 * @ordered
	 */
	protected String passageId = PASSAGE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final int START_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected int start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected int end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #isChanged() <em>Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChanged()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHANGED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChanged() <em>Changed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChanged()
	 * @generated
	 * @ordered
	 */
	protected boolean changed = CHANGED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAsks() <em>Asks</em>}' reference list.
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
	public String getSourceId() {
		return sourceId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceId(String newSourceId) {
		String oldSourceId = sourceId;
		sourceId = newSourceId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__SOURCE_ID, oldSourceId, sourceId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPassageId() {
		return passageId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPassageId(String newPassageId) {
		String oldPassageId = passageId;
		passageId = newPassageId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__PASSAGE_ID, oldPassageId, passageId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(int newStart) {
		int oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(int newEnd) {
		int oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChanged() {
		return changed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChanged(boolean newChanged) {
		boolean oldChanged = changed;
		changed = newChanged;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.QUOTE__CHANGED, oldChanged, changed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Ask> getAsks() {
		if (asks == null) {
			asks = new EObjectResolvingEList<Ask>(Ask.class, this, LexgraphPackage.QUOTE__ASKS);
		}
		return asks;
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
			case LexgraphPackage.QUOTE__SOURCE_ID:
				return getSourceId();
			case LexgraphPackage.QUOTE__PASSAGE_ID:
				return getPassageId();
			case LexgraphPackage.QUOTE__START:
				return getStart();
			case LexgraphPackage.QUOTE__END:
				return getEnd();
			case LexgraphPackage.QUOTE__CHANGED:
				return isChanged();
			case LexgraphPackage.QUOTE__ASKS:
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
			case LexgraphPackage.QUOTE__SOURCE_ID:
				setSourceId((String)newValue);
				return;
			case LexgraphPackage.QUOTE__PASSAGE_ID:
				setPassageId((String)newValue);
				return;
			case LexgraphPackage.QUOTE__START:
				setStart((Integer)newValue);
				return;
			case LexgraphPackage.QUOTE__END:
				setEnd((Integer)newValue);
				return;
			case LexgraphPackage.QUOTE__CHANGED:
				setChanged((Boolean)newValue);
				return;
			case LexgraphPackage.QUOTE__ASKS:
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
			case LexgraphPackage.QUOTE__SOURCE_ID:
				setSourceId(SOURCE_ID_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__PASSAGE_ID:
				setPassageId(PASSAGE_ID_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__START:
				setStart(START_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__END:
				setEnd(END_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__CHANGED:
				setChanged(CHANGED_EDEFAULT);
				return;
			case LexgraphPackage.QUOTE__ASKS:
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
			case LexgraphPackage.QUOTE__PASSAGE:
				return passage != null;
			case LexgraphPackage.QUOTE__QUOTED_TEXT:
				return QUOTED_TEXT_EDEFAULT == null ? quotedText != null : !QUOTED_TEXT_EDEFAULT.equals(quotedText);
			case LexgraphPackage.QUOTE__PINPOINT:
				return PINPOINT_EDEFAULT == null ? pinpoint != null : !PINPOINT_EDEFAULT.equals(pinpoint);
			case LexgraphPackage.QUOTE__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
			case LexgraphPackage.QUOTE__SOURCE_ID:
				return SOURCE_ID_EDEFAULT == null ? sourceId != null : !SOURCE_ID_EDEFAULT.equals(sourceId);
			case LexgraphPackage.QUOTE__PASSAGE_ID:
				return PASSAGE_ID_EDEFAULT == null ? passageId != null : !PASSAGE_ID_EDEFAULT.equals(passageId);
			case LexgraphPackage.QUOTE__START:
				return start != START_EDEFAULT;
			case LexgraphPackage.QUOTE__END:
				return end != END_EDEFAULT;
			case LexgraphPackage.QUOTE__CHANGED:
				return changed != CHANGED_EDEFAULT;
			case LexgraphPackage.QUOTE__ASKS:
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
		result.append(" (quotedText: ");
		result.append(quotedText);
		result.append(", pinpoint: ");
		result.append(pinpoint);
		result.append(", note: ");
		result.append(note);
		result.append(", sourceId: ");
		result.append(sourceId);
		result.append(", passageId: ");
		result.append(passageId);
		result.append(", start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", changed: ");
		result.append(changed);
		result.append(')');
		return result.toString();
	}

} //QuoteImpl
