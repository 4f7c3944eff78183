package org.lexgraph.query;

import java.util.List;

/**
 * The fields a query may name and a result counts as facets: part of the contract between the clients, the core and
 * any index that answers searches.
 */
public final class QueryFields {

    /** The source's kind (kind:regulation). */
    public static final String KIND = "kind";
    /** The source's year (year:2024). */
    public static final String YEAR = "year";
    /** The municipality of a regulation or a municipal document (municipality:utrecht, any case). */
    public static final String MUNICIPALITY = "municipality";
    /** A Kamerstuk's dossier, with and without its chapter (dossier:36600, dossier:36600-xvi). */
    public static final String DOSSIER = "dossier";
    /** The court of a ruling (court:"centrale raad van beroep"). */
    public static final String COURT = "court";
    /** The actors of the source: its publisher and authors (actor:"gemeente utrecht"). */
    public static final String ACTOR = "actor";
    /** The asks (T1.2) and themes (T1) the passage is linked to, unless the link was rejected (theme:t1.2). */
    public static final String THEME = "theme";
    /** The collections the source is filed in (collection:"dossier opvang"). */
    public static final String COLLECTION = "collection";
    /** The user's notes on a passage or its source (note:citeren); plain words search them too. */
    public static final String NOTE = "note";
    /** The keyword fields, matched whole and without regard to case. */
    public static final List<String> KEYWORD_FIELDS = List.of(MUNICIPALITY, DOSSIER, COURT, ACTOR, THEME, COLLECTION);
    /** The fields counted as facets, in the order they are shown. */
    public static final List<String> FACET_FIELDS = List.of(KIND, YEAR, MUNICIPALITY, ACTOR, THEME, COLLECTION, COURT);

    private QueryFields() {
    }
}
