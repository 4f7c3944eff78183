/**
 */
package org.lexgraph.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.lexgraph.model.Chamber;
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
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getChamber <em>Chamber</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getVergaderjaar <em>Vergaderjaar</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getDossier <em>Dossier</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getDossierChapter <em>Dossier Chapter</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getOndernummer <em>Ondernummer</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getZaakNumber <em>Zaak Number</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getDossierTitle <em>Dossier Title</em>}</li>
 *   <li>{@link org.lexgraph.model.impl.ParliamentaryPaperImpl#getPublicationId <em>Publication Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ParliamentaryPaperImpl extends SourceImpl implements ParliamentaryPaper {
	/**
	 * The default value of the '{@link #getChamber() <em>Chamber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChamber()
	 * @generated
	 * @ordered
	 */
	protected static final Chamber CHAMBER_EDEFAULT = Chamber.UNKNOWN;

	/**
	 * The cached value of the '{@link #getChamber() <em>Chamber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChamber()
	 * @generated
	 * @ordered
	 */
	protected Chamber chamber = CHAMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getVergaderjaar() <em>Vergaderjaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVergaderjaar()
	 * @generated
	 * @ordered
	 */
	protected static final String VERGADERJAAR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVergaderjaar() <em>Vergaderjaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVergaderjaar()
	 * @generated
	 * @ordered
	 */
	protected String vergaderjaar = VERGADERJAAR_EDEFAULT;

	/**
	 * The default value of the '{@link #getDossier() <em>Dossier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossier()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSSIER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDossier() <em>Dossier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossier()
	 * @generated
	 * @ordered
	 */
	protected String dossier = DOSSIER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDossierChapter() <em>Dossier Chapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossierChapter()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSSIER_CHAPTER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDossierChapter() <em>Dossier Chapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossierChapter()
	 * @generated
	 * @ordered
	 */
	protected String dossierChapter = DOSSIER_CHAPTER_EDEFAULT;

	/**
	 * The default value of the '{@link #getOndernummer() <em>Ondernummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOndernummer()
	 * @generated
	 * @ordered
	 */
	protected static final String ONDERNUMMER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOndernummer() <em>Ondernummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOndernummer()
	 * @generated
	 * @ordered
	 */
	protected String ondernummer = ONDERNUMMER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String DOCUMENT_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDocumentNumber() <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDocumentNumber()
	 * @generated
	 * @ordered
	 */
	protected String documentNumber = DOCUMENT_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getZaakNumber() <em>Zaak Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZaakNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String ZAAK_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getZaakNumber() <em>Zaak Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getZaakNumber()
	 * @generated
	 * @ordered
	 */
	protected String zaakNumber = ZAAK_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getDossierTitle() <em>Dossier Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossierTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSSIER_TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDossierTitle() <em>Dossier Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDossierTitle()
	 * @generated
	 * @ordered
	 */
	protected String dossierTitle = DOSSIER_TITLE_EDEFAULT;

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
	public Chamber getChamber() {
		return chamber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChamber(Chamber newChamber) {
		Chamber oldChamber = chamber;
		chamber = newChamber == null ? CHAMBER_EDEFAULT : newChamber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER, oldChamber, chamber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVergaderjaar() {
		return vergaderjaar;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVergaderjaar(String newVergaderjaar) {
		String oldVergaderjaar = vergaderjaar;
		vergaderjaar = newVergaderjaar;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR, oldVergaderjaar, vergaderjaar));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDossier() {
		return dossier;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDossier(String newDossier) {
		String oldDossier = dossier;
		dossier = newDossier;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER, oldDossier, dossier));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDossierChapter() {
		return dossierChapter;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDossierChapter(String newDossierChapter) {
		String oldDossierChapter = dossierChapter;
		dossierChapter = newDossierChapter;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER, oldDossierChapter, dossierChapter));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOndernummer() {
		return ondernummer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOndernummer(String newOndernummer) {
		String oldOndernummer = ondernummer;
		ondernummer = newOndernummer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER, oldOndernummer, ondernummer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDocumentNumber() {
		return documentNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentNumber(String newDocumentNumber) {
		String oldDocumentNumber = documentNumber;
		documentNumber = newDocumentNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER, oldDocumentNumber, documentNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getZaakNumber() {
		return zaakNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setZaakNumber(String newZaakNumber) {
		String oldZaakNumber = zaakNumber;
		zaakNumber = newZaakNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER, oldZaakNumber, zaakNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDossierTitle() {
		return dossierTitle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDossierTitle(String newDossierTitle) {
		String oldDossierTitle = dossierTitle;
		dossierTitle = newDossierTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE, oldDossierTitle, dossierTitle));
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER:
				return getChamber();
			case LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR:
				return getVergaderjaar();
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER:
				return getDossier();
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER:
				return getDossierChapter();
			case LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER:
				return getOndernummer();
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER:
				return getDocumentNumber();
			case LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER:
				return getZaakNumber();
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE:
				return getDossierTitle();
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER:
				setChamber((Chamber)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR:
				setVergaderjaar((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER:
				setDossier((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER:
				setDossierChapter((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER:
				setOndernummer((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER:
				setDocumentNumber((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER:
				setZaakNumber((String)newValue);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE:
				setDossierTitle((String)newValue);
				return;
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER:
				setChamber(CHAMBER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR:
				setVergaderjaar(VERGADERJAAR_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER:
				setDossier(DOSSIER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER:
				setDossierChapter(DOSSIER_CHAPTER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER:
				setOndernummer(ONDERNUMMER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER:
				setDocumentNumber(DOCUMENT_NUMBER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER:
				setZaakNumber(ZAAK_NUMBER_EDEFAULT);
				return;
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE:
				setDossierTitle(DOSSIER_TITLE_EDEFAULT);
				return;
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
			case LexgraphPackage.PARLIAMENTARY_PAPER__CHAMBER:
				return chamber != CHAMBER_EDEFAULT;
			case LexgraphPackage.PARLIAMENTARY_PAPER__VERGADERJAAR:
				return VERGADERJAAR_EDEFAULT == null ? vergaderjaar != null : !VERGADERJAAR_EDEFAULT.equals(vergaderjaar);
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER:
				return DOSSIER_EDEFAULT == null ? dossier != null : !DOSSIER_EDEFAULT.equals(dossier);
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_CHAPTER:
				return DOSSIER_CHAPTER_EDEFAULT == null ? dossierChapter != null : !DOSSIER_CHAPTER_EDEFAULT.equals(dossierChapter);
			case LexgraphPackage.PARLIAMENTARY_PAPER__ONDERNUMMER:
				return ONDERNUMMER_EDEFAULT == null ? ondernummer != null : !ONDERNUMMER_EDEFAULT.equals(ondernummer);
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOCUMENT_NUMBER:
				return DOCUMENT_NUMBER_EDEFAULT == null ? documentNumber != null : !DOCUMENT_NUMBER_EDEFAULT.equals(documentNumber);
			case LexgraphPackage.PARLIAMENTARY_PAPER__ZAAK_NUMBER:
				return ZAAK_NUMBER_EDEFAULT == null ? zaakNumber != null : !ZAAK_NUMBER_EDEFAULT.equals(zaakNumber);
			case LexgraphPackage.PARLIAMENTARY_PAPER__DOSSIER_TITLE:
				return DOSSIER_TITLE_EDEFAULT == null ? dossierTitle != null : !DOSSIER_TITLE_EDEFAULT.equals(dossierTitle);
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
		result.append(" (chamber: ");
		result.append(chamber);
		result.append(", vergaderjaar: ");
		result.append(vergaderjaar);
		result.append(", dossier: ");
		result.append(dossier);
		result.append(", dossierChapter: ");
		result.append(dossierChapter);
		result.append(", ondernummer: ");
		result.append(ondernummer);
		result.append(", documentNumber: ");
		result.append(documentNumber);
		result.append(", zaakNumber: ");
		result.append(zaakNumber);
		result.append(", dossierTitle: ");
		result.append(dossierTitle);
		result.append(", publicationId: ");
		result.append(publicationId);
		result.append(')');
		return result.toString();
	}

} //ParliamentaryPaperImpl
