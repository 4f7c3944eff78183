/**
 */
package org.lexgraph.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Parliamentary Paper</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Kamerstuk: Kamerstukken {kamer} {vergaderjaar}, {dossier}[ {chapter}], nr. {ondernummer}.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getChamber <em>Chamber</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getVergaderjaar <em>Vergaderjaar</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getDossier <em>Dossier</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getDossierChapter <em>Dossier Chapter</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getOndernummer <em>Ondernummer</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getDocumentNumber <em>Document Number</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getZaakNumber <em>Zaak Number</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getDossierTitle <em>Dossier Title</em>}</li>
 *   <li>{@link org.lexgraph.model.ParliamentaryPaper#getPublicationId <em>Publication Id</em>}</li>
 * </ul>
 *
 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper()
 * @model
 * @generated
 */
public interface ParliamentaryPaper extends Source {
	/**
	 * Returns the value of the '<em><b>Chamber</b></em>' attribute.
	 * The literals are from the enumeration {@link org.lexgraph.model.Chamber}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chamber</em>' attribute.
	 * @see org.lexgraph.model.Chamber
	 * @see #setChamber(Chamber)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_Chamber()
	 * @model
	 * @generated
	 */
	Chamber getChamber();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getChamber <em>Chamber</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chamber</em>' attribute.
	 * @see org.lexgraph.model.Chamber
	 * @see #getChamber()
	 * @generated
	 */
	void setChamber(Chamber value);

	/**
	 * Returns the value of the '<em><b>Vergaderjaar</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As in metadata: 2024-2025.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Vergaderjaar</em>' attribute.
	 * @see #setVergaderjaar(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_Vergaderjaar()
	 * @model
	 * @generated
	 */
	String getVergaderjaar();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getVergaderjaar <em>Vergaderjaar</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vergaderjaar</em>' attribute.
	 * @see #getVergaderjaar()
	 * @generated
	 */
	void setVergaderjaar(String value);

	/**
	 * Returns the value of the '<em><b>Dossier</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dossier number, digits only: 36600.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dossier</em>' attribute.
	 * @see #setDossier(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_Dossier()
	 * @model
	 * @generated
	 */
	String getDossier();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getDossier <em>Dossier</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dossier</em>' attribute.
	 * @see #getDossier()
	 * @generated
	 */
	void setDossier(String value);

	/**
	 * Returns the value of the '<em><b>Dossier Chapter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Budget chapter: XVI, IIA, A.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dossier Chapter</em>' attribute.
	 * @see #setDossierChapter(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_DossierChapter()
	 * @model
	 * @generated
	 */
	String getDossierChapter();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getDossierChapter <em>Dossier Chapter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dossier Chapter</em>' attribute.
	 * @see #getDossierChapter()
	 * @generated
	 */
	void setDossierChapter(String value);

	/**
	 * Returns the value of the '<em><b>Ondernummer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * nr. 161 (Tweede Kamer) or a letter such as C (Eerste Kamer).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ondernummer</em>' attribute.
	 * @see #setOndernummer(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_Ondernummer()
	 * @model
	 * @generated
	 */
	String getOndernummer();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getOndernummer <em>Ondernummer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ondernummer</em>' attribute.
	 * @see #getOndernummer()
	 * @generated
	 */
	void setOndernummer(String value);

	/**
	 * Returns the value of the '<em><b>Document Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tweede Kamer document number: 2024D50790.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Document Number</em>' attribute.
	 * @see #setDocumentNumber(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_DocumentNumber()
	 * @model
	 * @generated
	 */
	String getDocumentNumber();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getDocumentNumber <em>Document Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Document Number</em>' attribute.
	 * @see #getDocumentNumber()
	 * @generated
	 */
	void setDocumentNumber(String value);

	/**
	 * Returns the value of the '<em><b>Zaak Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tweede Kamer zaak number: 2024Z21508.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Zaak Number</em>' attribute.
	 * @see #setZaakNumber(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_ZaakNumber()
	 * @model
	 * @generated
	 */
	String getZaakNumber();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getZaakNumber <em>Zaak Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Zaak Number</em>' attribute.
	 * @see #getZaakNumber()
	 * @generated
	 */
	void setZaakNumber(String value);

	/**
	 * Returns the value of the '<em><b>Dossier Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The title of the dossier (wetsvoorstel, begroting).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dossier Title</em>' attribute.
	 * @see #setDossierTitle(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_DossierTitle()
	 * @model
	 * @generated
	 */
	String getDossierTitle();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getDossierTitle <em>Dossier Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dossier Title</em>' attribute.
	 * @see #getDossierTitle()
	 * @generated
	 */
	void setDossierTitle(String value);

	/**
	 * Returns the value of the '<em><b>Publication Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * officielebekendmakingen id: kst-36600-XVI-161.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Publication Id</em>' attribute.
	 * @see #setPublicationId(String)
	 * @see org.lexgraph.model.LexgraphPackage#getParliamentaryPaper_PublicationId()
	 * @model
	 * @generated
	 */
	String getPublicationId();

	/**
	 * Sets the value of the '{@link org.lexgraph.model.ParliamentaryPaper#getPublicationId <em>Publication Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Publication Id</em>' attribute.
	 * @see #getPublicationId()
	 * @generated
	 */
	void setPublicationId(String value);

} // ParliamentaryPaper
