package org.lexgraph.extract;

/**
 * The metadata keys extractors and recognisers fill in, so that the model mapping need not know each format's own
 * names. Values are strings; dates are ISO ({@code yyyy-MM-dd}); several values of one key are separated by
 * {@link #SEPARATOR}.
 */
public final class MetadataKeys {
    public static final String SEPARATOR = "\n";

    public static final String TITLE = "title";
    /**
     * A PDF that is many documents (a Woo bundle): one line per document, {@code FROM-TO<tab>label}, found by page
     * stream segmentation from the pages' own text (before running headers and footers are taken off).
     */
    public static final String BUNDLE_PARTS = "bundle.parts";
    public static final String AUTHOR = "author";
    public static final String LANGUAGE = "language";
    /** A date in ISO form (yyyy-MM-dd) that the format gives as the document's date. */
    public static final String DATE = "date";
    /** An official identifier found in structured metadata (ECLI, BWB id, publication id). */
    public static final String IDENTIFIER = "identifier";
    /** The root element of an XML document, as {@code {namespace}local}. */
    public static final String XML_ROOT = "xml.root";

    /** What the document is: one of the model's source kinds (ruling, regulation, parliamentary-paper, …). */
    public static final String KIND = "kind";
    /** The official document type as the source names it (Kamerstuk, Gemeenteblad, Uitspraak, Verordening). */
    public static final String DOCUMENT_TYPE = "documentType";
    public static final String ECLI = "ecli";
    public static final String COURT = "court";
    /** Procedure of a ruling (Hoger beroep, Voorlopige voorziening). */
    public static final String PROCEDURE = "procedure";
    /** The court's case number (zaaknummer). */
    public static final String CASE_NUMBER = "caseNumber";
    /** Area of law or subject (Vreemdelingenrecht). */
    public static final String SUBJECT = "subject";
    /** Publication id of officielebekendmakingen: kst-34851-4, gmb-2022-66747, stcrt-2009-9231. */
    public static final String PUBLICATION_ID = "publicationId";
    /** I or II. */
    public static final String CHAMBER = "chamber";
    /** 2017-2018. */
    public static final String VERGADERJAAR = "vergaderjaar";
    /** 36600 (five digits). */
    public static final String DOSSIER = "dossier";
    /** Budget chapter: XVI, VI, A. */
    public static final String DOSSIER_CHAPTER = "dossierChapter";
    public static final String DOSSIER_TITLE = "dossierTitle";
    /** 161, 188b, C. */
    public static final String ONDERNUMMER = "ondernummer";
    public static final String MUNICIPALITY = "municipality";
    public static final String MINISTRY = "ministry";
    /** BWB id or CVDR work id. */
    public static final String WORK_ID = "workId";
    /** CVDR version id (CVDR641872_2) or a BWB consolidation date. */
    public static final String VERSION_ID = "versionId";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
    /** Legal basis references (CVDR://…, BWB://…, jci…). */
    public static final String LEGAL_BASIS = "legalBasis";
    /** The publication that made this text (isFormatOf: gmb-2022-66747, Stb. 2022, 543). */
    public static final String PUBLICATION = "publication";
    /** Who adopted it (gemeenteraad, college van burgemeester en wethouders). */
    public static final String RATIFIED_BY = "ratifiedBy";
    /** nieuwe regeling, wijziging, intrekking. */
    public static final String CHANGE = "change";
    public static final String SIGNATORIES = "signatories";

    private MetadataKeys() {
    }
}
