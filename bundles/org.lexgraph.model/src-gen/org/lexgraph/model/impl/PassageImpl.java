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

import org.lexgraph.model.Citation;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.model.StructureElement;
import org.lexgraph.model.ThemeLink;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Passage</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getOrdinal <em>Ordinal</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getPage <em>Page</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getPageEnd <em>Page End</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getAnchor <em>Anchor</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getElement <em>Element</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getCitations <em>Citations</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.PassageImpl#getThemeLinks <em>Theme Links</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PassageImpl extends AnnotatedImpl implements Passage {
	/**
	 * The default value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected static final int ORDINAL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOrdinal() <em>Ordinal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOrdinal()
	 * @generated
	 * @ordered
	 */
	protected int ordinal = ORDINAL_EDEFAULT;

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
	 * The default value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPage() <em>Page</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPage()
	 * @generated
	 * @ordered
	 */
	protected int page = PAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageEnd() <em>Page End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int PAGE_END_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPageEnd() <em>Page End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageEnd()
	 * @generated
	 * @ordered
	 */
	protected int pageEnd = PAGE_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected static final String ANCHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnchor() <em>Anchor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnchor()
	 * @generated
	 * @ordered
	 */
	protected String anchor = ANCHOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getElement() <em>Element</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getElement()
	 * @generated
	 * @ordered
	 */
	protected StructureElement element;

	/**
	 * The cached value of the '{@link #getCitations() <em>Citations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCitations()
	 * @generated
	 * @ordered
	 */
	protected EList<Citation> citations;

	/**
	 * The cached value of the '{@link #getThemeLinks() <em>Theme Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThemeLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<ThemeLink> themeLinks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PassageImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.PASSAGE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Source getSource() {
		if (eContainerFeatureID() != LexgraphPackage.PASSAGE__SOURCE) return null;
		return (Source)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Source basicGetSource() {
		if (eContainerFeatureID() != LexgraphPackage.PASSAGE__SOURCE) return null;
		return (Source)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSource(Source newSource, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newSource, LexgraphPackage.PASSAGE__SOURCE, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Source newSource) {
		if (newSource != eInternalContainer() || (eContainerFeatureID() != LexgraphPackage.PASSAGE__SOURCE && newSource != null)) {
			if (EcoreUtil.isAncestor(this, newSource))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newSource != null)
				msgs = ((InternalEObject)newSource).eInverseAdd(this, LexgraphPackage.SOURCE__PASSAGES, Source.class, msgs);
			msgs = basicSetSource(newSource, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__SOURCE, newSource, newSource));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOrdinal() {
		return ordinal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOrdinal(int newOrdinal) {
		int oldOrdinal = ordinal;
		ordinal = newOrdinal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__ORDINAL, oldOrdinal, ordinal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPage() {
		return page;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPage(int newPage) {
		int oldPage = page;
		page = newPage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__PAGE, oldPage, page));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPageEnd() {
		return pageEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageEnd(int newPageEnd) {
		int oldPageEnd = pageEnd;
		pageEnd = newPageEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__PAGE_END, oldPageEnd, pageEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAnchor() {
		return anchor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnchor(String newAnchor) {
		String oldAnchor = anchor;
		anchor = newAnchor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__ANCHOR, oldAnchor, anchor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StructureElement getElement() {
		if (element != null && element.eIsProxy()) {
			InternalEObject oldElement = (InternalEObject)element;
			element = (StructureElement)eResolveProxy(oldElement);
			if (element != oldElement) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LexgraphPackage.PASSAGE__ELEMENT, oldElement, element));
			}
		}
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StructureElement basicGetElement() {
		return element;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setElement(StructureElement newElement) {
		StructureElement oldElement = element;
		element = newElement;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PASSAGE__ELEMENT, oldElement, element));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Citation> getCitations() {
		if (citations == null) {
			citations = new EObjectContainmentWithInverseEList<Citation>(Citation.class, this, LexgraphPackage.PASSAGE__CITATIONS, LexgraphPackage.CITATION__PASSAGE);
		}
		return citations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ThemeLink> getThemeLinks() {
		if (themeLinks == null) {
			themeLinks = new EObjectContainmentWithInverseEList<ThemeLink>(ThemeLink.class, this, LexgraphPackage.PASSAGE__THEME_LINKS, LexgraphPackage.THEME_LINK__PASSAGE);
		}
		return themeLinks;
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
			case LexgraphPackage.PASSAGE__SOURCE:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetSource((Source)otherEnd, msgs);
			case LexgraphPackage.PASSAGE__CITATIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getCitations()).basicAdd(otherEnd, msgs);
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getThemeLinks()).basicAdd(otherEnd, msgs);
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
			case LexgraphPackage.PASSAGE__SOURCE:
				return basicSetSource(null, msgs);
			case LexgraphPackage.PASSAGE__CITATIONS:
				return ((InternalEList<?>)getCitations()).basicRemove(otherEnd, msgs);
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				return ((InternalEList<?>)getThemeLinks()).basicRemove(otherEnd, msgs);
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
			case LexgraphPackage.PASSAGE__SOURCE:
				return eInternalContainer().eInverseRemove(this, LexgraphPackage.SOURCE__PASSAGES, Source.class, msgs);
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
			case LexgraphPackage.PASSAGE__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case LexgraphPackage.PASSAGE__ORDINAL:
				return getOrdinal();
			case LexgraphPackage.PASSAGE__TEXT:
				return getText();
			case LexgraphPackage.PASSAGE__PAGE:
				return getPage();
			case LexgraphPackage.PASSAGE__PAGE_END:
				return getPageEnd();
			case LexgraphPackage.PASSAGE__ANCHOR:
				return getAnchor();
			case LexgraphPackage.PASSAGE__ELEMENT:
				if (resolve) return getElement();
				return basicGetElement();
			case LexgraphPackage.PASSAGE__CITATIONS:
				return getCitations();
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				return getThemeLinks();
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
			case LexgraphPackage.PASSAGE__SOURCE:
				setSource((Source)newValue);
				return;
			case LexgraphPackage.PASSAGE__ORDINAL:
				setOrdinal((Integer)newValue);
				return;
			case LexgraphPackage.PASSAGE__TEXT:
				setText((String)newValue);
				return;
			case LexgraphPackage.PASSAGE__PAGE:
				setPage((Integer)newValue);
				return;
			case LexgraphPackage.PASSAGE__PAGE_END:
				setPageEnd((Integer)newValue);
				return;
			case LexgraphPackage.PASSAGE__ANCHOR:
				setAnchor((String)newValue);
				return;
			case LexgraphPackage.PASSAGE__ELEMENT:
				setElement((StructureElement)newValue);
				return;
			case LexgraphPackage.PASSAGE__CITATIONS:
				getCitations().clear();
				getCitations().addAll((Collection<? extends Citation>)newValue);
				return;
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				getThemeLinks().clear();
				getThemeLinks().addAll((Collection<? extends ThemeLink>)newValue);
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
			case LexgraphPackage.PASSAGE__SOURCE:
				setSource((Source)null);
				return;
			case LexgraphPackage.PASSAGE__ORDINAL:
				setOrdinal(ORDINAL_EDEFAULT);
				return;
			case LexgraphPackage.PASSAGE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case LexgraphPackage.PASSAGE__PAGE:
				setPage(PAGE_EDEFAULT);
				return;
			case LexgraphPackage.PASSAGE__PAGE_END:
				setPageEnd(PAGE_END_EDEFAULT);
				return;
			case LexgraphPackage.PASSAGE__ANCHOR:
				setAnchor(ANCHOR_EDEFAULT);
				return;
			case LexgraphPackage.PASSAGE__ELEMENT:
				setElement((StructureElement)null);
				return;
			case LexgraphPackage.PASSAGE__CITATIONS:
				getCitations().clear();
				return;
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				getThemeLinks().clear();
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
			case LexgraphPackage.PASSAGE__SOURCE:
				return basicGetSource() != null;
			case LexgraphPackage.PASSAGE__ORDINAL:
				return ordinal != ORDINAL_EDEFAULT;
			case LexgraphPackage.PASSAGE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case LexgraphPackage.PASSAGE__PAGE:
				return page != PAGE_EDEFAULT;
			case LexgraphPackage.PASSAGE__PAGE_END:
				return pageEnd != PAGE_END_EDEFAULT;
			case LexgraphPackage.PASSAGE__ANCHOR:
				return ANCHOR_EDEFAULT == null ? anchor != null : !ANCHOR_EDEFAULT.equals(anchor);
			case LexgraphPackage.PASSAGE__ELEMENT:
				return element != null;
			case LexgraphPackage.PASSAGE__CITATIONS:
				return citations != null && !citations.isEmpty();
			case LexgraphPackage.PASSAGE__THEME_LINKS:
				return themeLinks != null && !themeLinks.isEmpty();
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
		result.append(" (ordinal: ");
		result.append(ordinal);
		result.append(", text: ");
		result.append(text);
		result.append(", page: ");
		result.append(page);
		result.append(", pageEnd: ");
		result.append(pageEnd);
		result.append(", anchor: ");
		result.append(anchor);
		result.append(')');
		return result.toString();
	}

} //PassageImpl
