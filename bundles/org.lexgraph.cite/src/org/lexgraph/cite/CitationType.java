package org.lexgraph.cite;

/** The kinds of reference the scanner recognises (the forms the Dutch official publications use). */
public enum CitationType {
    /** Kamerstukken I/II: dossier, chapter, ondernummer or letter, page. */
    KAMERSTUK,
    /** Handelingen I/II: vergaderjaar, nr., item, pages. */
    HANDELINGEN,
    /** Aanhangsel Handelingen: answers to parliamentary questions. */
    AANHANGSEL,
    /** Stb., Stcrt., Trb., Gmb., Prb., Wsb., Bgr. with year and number. */
    GAZETTE,
    /** officielebekendmakingen ids: kst-…, stcrt-…, gmb-…, h-tk-…, ah-tk-…, kv-tk-…, blg-…. */
    PUBLICATION_ID,
    /** Tweede Kamer document (2024D50790) and zaak (2024Z21508) numbers. */
    TK_NUMBER,
    /** BWB ids, Juriconnect references and wetten.overheid.nl links. */
    BWB,
    /** CVDR work and version ids. */
    CVDR,
    /** European Case Law Identifiers. */
    ECLI,
    /** Old LJN numbers, only after the word "LJN". */
    LJN,
    /** Akoma Ntoso work, expression and gazette ids (/akn/nl/…). */
    AKN,
    /** An article of a law named in prose: {@code artikel 10, tweede lid, van de Wob}, {@code art. 122a Zvw}. */
    ARTICLE,
    /**
     * An instrument of the European Union: {@code Richtlijn 2008/115/EG}, {@code Verordening (EG) nr. 562/2006},
     * {@code Verordening (EU) 2016/679}, and the Publicatieblad ({@code PbEU, L 348}).
     */
    EU,
    /** A court's case number: {@code 14/3462 WWB-VV}, {@code 07/3773}, the Raad van State's {@code 201701234/1/A2}. */
    CASE_NUMBER
}
