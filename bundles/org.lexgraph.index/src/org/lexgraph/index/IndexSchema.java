package org.lexgraph.index;

import org.lexgraph.query.QueryFields;

import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema in one place: one Lucene document per passage, with the fields of its source copied onto it.
 * Changing a field changes {@link #VERSION}, which makes existing indexes rebuild from the model.
 */
public final class IndexSchema {

    public static final String VERSION = "schema-14";

    public static final String PASSAGE_ID = "id";
    public static final String SOURCE_ID = "source";
    public static final String TITLE = "title";
    public static final String KIND = QueryFields.KIND;
    public static final String FILE = "file";
    /** The file again, indexed whole: finds a source by the file a user names without loading the model. */
    public static final String FILE_KEY = "file_key";
    public static final String PAGE = "page";
    public static final String ANCHOR = "anchor";
    public static final String ORDINAL = "ordinal";
    public static final String TEXT = "text";
    /** The year of the source's date (query as year:2013 or year:[2010 TO 2015]); absent when unknown. */
    public static final String YEAR = QueryFields.YEAR;
    /** The source's date as yyyymmdd (query as date:2024-12-18 or date:[2023-01-01 TO 2024-06-30]). */
    public static final String DATE = "date";
    /** The date again as doc values (every passage, 0 when unknown), for sorting newest first. */
    static final String DATE_SORT = "date_sort";
    /** The municipality of a regulation or a municipal document (municipality:utrecht, any case). */
    public static final String MUNICIPALITY = QueryFields.MUNICIPALITY;
    /** A Kamerstuk's dossier, with and without its chapter (dossier:36600, dossier:36600-xvi). */
    public static final String DOSSIER = QueryFields.DOSSIER;
    /** The court of a ruling (court:"centrale raad van beroep"). */
    public static final String COURT = QueryFields.COURT;
    /** The actors of the source: its publisher and authors (actor:"gemeente utrecht"). */
    public static final String ACTOR = QueryFields.ACTOR;
    /** The asks (T1.2) and themes (T1) the passage is linked to, unless the link was rejected (theme:t1.2). */
    public static final String THEME = QueryFields.THEME;
    /** The collections the source is filed in (collection:"dossier opvang"). */
    public static final String COLLECTION = QueryFields.COLLECTION;
    /**
     * The user's notes on the passage (and on its source, on the first passage), analysed as the text; stored. Added
     * without a new {@link #VERSION}: a document without notes has no such field, which is what an index made before
     * holds (notes could not be made then), so a large index need not be rebuilt for it.
     */
    public static final String NOTE = QueryFields.NOTE;
    /**
     * How much a match of the user's words counts in each field. The title is the source's, on all its passages: it
     * helps a passage of a source about the words; the relevance benchmark found 2, 0.5 and 0.2 alike for Lexgraph's
     * search (nDCG@10 0.455, 0.454, 0.455) while the plain analyzers lost with less (citation lookups by title).
     */
    public static final java.util.Map<String, Float> FIELD_BOOSTS = java.util.Map.of("text", 1f, "title", 2f,
            "anchor", 1.5f);
    /** The keyword fields, matched whole and without regard to case. */
    public static final java.util.List<String> KEYWORD_FIELDS = QueryFields.KEYWORD_FIELDS;
    /** The fields counted as facets, in the order they are shown. */
    public static final java.util.List<String> FACET_FIELDS = QueryFields.FACET_FIELDS;
    /** Doc values holding a keyword field's values as written, for facet labels. */
    static String facetField(String field) {
        return "facet." + field;
    }
    /**
     * Where in its source a passage stands, when that matters for ranking: {@link #OUTSIDE_ARTICLE} for the title,
     * preamble, considerations and signatures of a text that is otherwise made of articles.
     */
    public static final String PART = "part";
    public static final String OUTSIDE_ARTICLE = "outside-article";
    /**
     * The words of a passage outside the articles, indexed apart from {@link #TEXT} (which then only stores them), so
     * that a query weighs them less without a cost per search.
     */
    public static final String TEXT_OUTSIDE = "text_outside";
    /** Normalised keys of the citations in the passage (kst:36600-XVI:161, ecli:ECLI:NL:…). */
    public static final String CITES = "cites";
    /** The keys under which the passage's source is cited. */
    public static final String IDENTIFIERS = "identifiers";

    /**
     * One more document per source holds its whole text ({@link #SOURCE_TEXT}: every passage with its heading) and its
     * title, for ranking sources by all they say as well as by their best passage. Its fields are its own, so that no
     * passage query ever matches it; {@link #SOURCE_DOC} is its source's id.
     */
    public static final String SOURCE_DOC = "source_doc";
    public static final String SOURCE_TEXT = "source_text";
    public static final String SOURCE_TITLE = "source_title";

    /**
     * One more document per section of a source ({@link Sections}: an article of a regulation with all its lids, or
     * the passages under one heading elsewhere) holds the section's whole text ({@link #SECTION_TEXT}), for ranking
     * a passage by the section it stands in as well as by its own words. {@link #SECTION_DOC} is the section's key,
     * which its passages carry as {@link #SECTION} (doc values); {@link #SECTION_SOURCE} is its source's id.
     */
    public static final String SECTION_DOC = "section_doc";
    public static final String SECTION_TEXT = "section_text";
    public static final String SECTION_SOURCE = "section_source";
    public static final String SECTION = "section";

    /** Commit user data: the model generation the index reflects, and the schema and analysis stamps. */
    public static final String COMMIT_GENERATION = "lexgraph.generation";
    public static final String COMMIT_STAMP = "lexgraph.stamp";

    /** Body text: stored for snippets, with offsets so highlighting needs no re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private IndexSchema() {
    }

    /** The stamp that must match for an index to be reused. */
    public static String stamp() {
        return VERSION + "/" + DutchAnalysis.VERSION;
    }

    static Document toDocument(PassageRecord p) {
        return toDocument(p, null, null);
    }

    /**
     * The passage's document; {@code tokens}, when given, are its text already analysed (see {@link AnalysedText});
     * {@code section}, when given, the key of the section it stands in.
     */
    static Document toDocument(PassageRecord p, AnalysedText tokens, String section) {
        Document d = new Document();
        if (section != null) {
            d.add(new SortedDocValuesField(SECTION, new BytesRef(section)));
        }
        d.add(new StringField(PASSAGE_ID, p.passageId(), Field.Store.YES));
        d.add(new SortedDocValuesField(PASSAGE_ID, new BytesRef(p.passageId())));
        d.add(new StringField(SOURCE_ID, p.sourceId(), Field.Store.YES));
        d.add(new SortedDocValuesField(SOURCE_ID, new BytesRef(p.sourceId())));
        d.add(new TextField(TITLE, nullToEmpty(p.title()), Field.Store.YES));
        d.add(new StringField(KIND, nullToEmpty(p.kind()), Field.Store.YES));
        d.add(new SortedDocValuesField(KIND, new BytesRef(nullToEmpty(p.kind()))));
        d.add(new StoredField(FILE, nullToEmpty(p.file())));
        if (p.file() != null && !p.file().isEmpty()) {
            d.add(new StringField(FILE_KEY, p.file(), Field.Store.NO));
        }
        d.add(new IntPoint(PAGE, p.page()));
        d.add(new StoredField(PAGE, p.page()));
        boolean outside = p.keywords().getOrDefault(PART, List.of()).contains(OUTSIDE_ARTICLE);
        if (outside) {
            // a long title or preamble heading weighs as little as the text under it (TEXT_OUTSIDE)
            d.add(new StoredField(ANCHOR, nullToEmpty(p.anchor())));
            d.add(new Field(ANCHOR, AnalysedText.empty().stream(), TextField.TYPE_NOT_STORED));
        } else {
            d.add(new TextField(ANCHOR, nullToEmpty(p.anchor()), Field.Store.YES));
        }
        d.add(new StoredField(ORDINAL, p.ordinal()));
        if (p.year() > 0) {
            d.add(new IntPoint(YEAR, p.year()));
            d.add(new StoredField(YEAR, p.year()));
            d.add(new org.apache.lucene.document.NumericDocValuesField(YEAR, p.year()));
        }
        if (p.date() > 0) {
            d.add(new IntPoint(DATE, p.date()));
            d.add(new StoredField(DATE, p.date()));
        }
        d.add(new org.apache.lucene.document.NumericDocValuesField(DATE_SORT, p.date())); // 0 sorts last, newest first
        for (var e : p.keywords().entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && !v.isBlank()) {
                    d.add(new StringField(e.getKey(), keyword(v), Field.Store.YES));
                    if (FACET_FIELDS.contains(e.getKey())) {
                        d.add(new org.apache.lucene.document.SortedSetDocValuesField(facetField(e.getKey()),
                                new BytesRef(v.strip())));
                    }
                }
            }
        }
        if (outside) {
            d.add(new StoredField(TEXT, p.text()));
            // the field is indexed the same way in every document (Lucene requires it), here without words
            d.add(new Field(TEXT, AnalysedText.empty().stream(), TEXT_INDEXED_TYPE));
            d.add(new TextField(TEXT_OUTSIDE, nullToEmpty(p.anchor()) + "\n" + p.text(), Field.Store.NO));
        } else if (tokens != null) {
            d.add(new StoredField(TEXT, p.text()));
            d.add(new Field(TEXT, tokens.stream(), TEXT_INDEXED_TYPE));
        } else {
            d.add(new Field(TEXT, p.text(), TEXT_TYPE));
        }
        if (p.notes() != null) {
            d.add(new TextField(NOTE, p.notes(), Field.Store.YES));
        }
        for (String key : p.cites()) {
            d.add(new StringField(CITES, key, Field.Store.NO));
        }
        for (String key : p.identifiers()) {
            d.add(new StringField(IDENTIFIERS, key, Field.Store.NO));
        }
        return d;
    }

    /**
     * The whole-text document of a source: {@code tokens} are all its passages' words with their headings, analysed
     * once for the passages ({@link AnalysedText}).
     */
    static Document toSourceDocument(String sourceId, String title, AnalysedText tokens) {
        Document d = new Document();
        d.add(new StringField(SOURCE_DOC, sourceId, Field.Store.YES));
        d.add(new SortedDocValuesField(SOURCE_DOC, new BytesRef(sourceId)));
        d.add(new Field(SOURCE_TEXT, tokens.stream(), SOURCE_TEXT_TYPE));
        d.add(new TextField(SOURCE_TITLE, nullToEmpty(title), Field.Store.NO));
        return d;
    }

    /** The whole-text document of one section of a source (see {@link #SECTION_DOC}). */
    static Document toSectionDocument(String sourceId, String section, AnalysedText tokens) {
        Document d = new Document();
        d.add(new StringField(SECTION_DOC, section, Field.Store.NO));
        d.add(new SortedDocValuesField(SECTION_DOC, new BytesRef(section)));
        d.add(new StringField(SECTION_SOURCE, sourceId, Field.Store.NO));
        d.add(new Field(SECTION_TEXT, tokens.stream(), SOURCE_TEXT_TYPE));
        return d;
    }

    /** A passage's text indexed from its analysed tokens (the text itself is stored apart). */
    private static final FieldType TEXT_INDEXED_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_INDEXED_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_INDEXED_TYPE.freeze();
    }

    /** Word counts only: a source's whole text is scored, never highlighted or searched for phrases. */
    private static final FieldType SOURCE_TEXT_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        SOURCE_TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        SOURCE_TEXT_TYPE.freeze();
    }

    /** The form keyword fields are indexed and queried in: lower case, single spaces. */
    public static String keyword(String value) {
        return value.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
