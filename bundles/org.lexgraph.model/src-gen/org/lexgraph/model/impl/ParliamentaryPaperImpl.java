/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.ParliamentaryPaper;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Parliamentary Paper</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getPublicationId <em>Publication Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParliamentaryPaperImpl extends SourceImpl implements ParliamentaryPaper {
	/**
	 * The default value of the '{@link #getPublicationId() <em>Publication Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationId()
	 * @generated
	 * @ordered
	 */
	protected static final String PUBLICATION_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPublicationId() <em>Publication Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPublicationId()
	 * @generated
	 * @ordered
	 */
	protected String publicationId = PUBLICATION_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ParliamentaryPaperImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LexgraphPackage.Literals.PARLIAMENTARY_PAPER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPublicationId() {
		return publicationId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPublicationId(String newPublicationId) {
		String oldPublicationId = publicationId;
		publicationId = newPublicationId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID, oldPublicationId, publicationId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID:
				return getPublicationId();
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID:
				setPublicationId((String)newValue);
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID:
				setPublicationId(PUBLICATION_ID_EDEFAULT);
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__PUBLICATION_ID:
				return PUBLICATION_ID_EDEFAULT == null ? publicationId != null : !PUBLICATION_ID_EDEFAULT.equals(publicationId);
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
		result.append(" (publicationId: ");
		result.append(publicationId);
		result.append(')');
		return result.toString();
	}

} //ParliamentaryPaperImpl
