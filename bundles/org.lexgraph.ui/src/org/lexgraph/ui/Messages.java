package org.lexgraph.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench's texts, in {@code messages.properties} (English) and {@code messages_nl.properties} (Dutch). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "org.lexgraph.ui.messages";

    public static String OpenJob_name;
    public static String OpenJob_failed;
    public static String ImportJob_name;
    public static String ImportJob_summary;
    public static String ImportJob_failedFile;
    public static String ImportJob_cancelled;
    public static String ImportJob_noKnowledgeBase;
    public static String ImportFiles_title;
    public static String ImportFolder_title;
    public static String WatchFolder_title;
    public static String UnwatchFolder_title;
    public static String UnwatchFolder_message;
    public static String UnwatchFolder_none;
    public static String WatchedImport_name;
    public static String Library_opening;
    public static String Library_empty;
    public static String Library_count;
    public static String Library_filter;
    public static String Library_shown;
    public static String Library_colTitle;
    public static String Library_colKind;
    public static String Library_colPassages;
    public static String Library_colPages;
    public static String Library_colStatus;
    public static String Library_colFile;
    public static String Library_statusOk;
    public static String Library_statusRemoved;
    public static String Library_statusFailed;
    public static String Search_button;
    public static String Basket_add;
    public static String Basket_group;
    public static String Basket_defaultName;
    public static String Basket_chooseTitle;
    public static String Basket_chooseMessage;
    public static String Basket_needsName;
    public static String Basket_basket;
    public static String Basket_nameTip;
    public static String Basket_colQuote;
    public static String Basket_colCitation;
    public static String Basket_colAsks;
    public static String Basket_colNote;
    public static String Basket_changed;
    public static String Basket_up;
    public static String Basket_down;
    public static String Basket_note;
    public static String Basket_noteMessage;
    public static String Basket_asks;
    public static String Basket_asksMessage;
    public static String Basket_copy;
    public static String Basket_copied;
    public static String Basket_remove;
    public static String Basket_export;
    public static String Basket_empty;
    public static String Basket_status;
    public static String Basket_personalTitle;
    public static String Basket_personalMessage;
    public static String Basket_redactAndExport;
    public static String Basket_exportAsIs;
    public static String Basket_cancel;
    public static String Basket_exported;
    public static String Properties_yes;
    public static String Properties_no;
    public static String Themes_linkLabel;
    public static String Themes_counts;
    public static String Themes_runLinker;
    public static String Themes_running;
    public static String Themes_confirm;
    public static String Themes_reject;
    public static String Themes_propose;
    public static String LinkState_proposed;
    public static String LinkState_confirmed;
    public static String LinkState_rejected;
    public static String LinkToAsk_action;
    public static String LinkToAsk_title;
    public static String LinkToAsk_message;
    public static String Coverage_by;
    public static String Coverage_byMunicipality;
    public static String Coverage_byKind;
    public static String Coverage_byYear;
    public static String Coverage_status;
    public static String Coverage_exportCsv;
    public static String Coverage_exportSvg;
    public static String Coverage_exportPng;
    public static String Coverage_title;
    public static String Coverage_written;
    public static String Coverage_writeFailed;
    public static String Search_foundInSources;
    public static String Search_foundInOneSource;
    public static String Search_foundOneInOneSource;
    public static String Search_sortRelevance;
    public static String Search_sortDate;
    public static String Search_sortTip;
    public static String Search_save;
    public static String Search_saveTip;
    public static String Search_saveTitle;
    public static String Search_saveMessage;
    public static String Search_saveNeedsName;
    public static String Search_saveNothing;
    public static String Search_saved;
    public static String Search_facetsTip;
    public static String Search_more;
    public static String Search_open;
    public static String Search_moreLikeThis;
    public static String Search_likeThis;
    public static String Search_filtered;
    public static String Search_colDate;
    public static String Facet_kind;
    public static String Facet_year;
    public static String Facet_municipality;
    public static String Facet_actor;
    public static String Facet_theme;
    public static String Facet_collection;
    public static String Facet_court;
    public static String Document_nextHit;
    public static String Document_previousHit;
    public static String Document_hitOf;
    public static String Saved_title;
    public static String Saved_titleNew;
    public static String Saved_colName;
    public static String Saved_colNew;
    public static String Saved_colHits;
    public static String Saved_colQuery;
    public static String Saved_new;
    public static String Saved_count;
    public static String Saved_countOne;
    public static String Saved_none;
    public static String Saved_markSeen;
    public static String Saved_delete;
    public static String Saved_running;
    public static String Search_hint;
    public static String Search_help;
    public static String Search_running;
    public static String Search_found;
    public static String Search_foundOne;
    public static String Search_none;
    public static String Search_alsoSearched;
    public static String Search_notice;
    public static String Search_error;
    public static String Search_notReady;
    public static String Search_colTitle;
    public static String Search_colKind;
    public static String Search_colPage;
    public static String Search_colPassage;
    public static String Problems_colMessage;
    public static String Problems_colCheck;
    public static String Problems_checking;
    public static String Problems_count;
    public static String Problems_fullCheck;
    public static String Problems_fullCheckTip;
    public static String Taxonomy_addTaxonomy;
    public static String Taxonomy_addTheme;
    public static String Taxonomy_addAsk;
    public static String Taxonomy_delete;
    public static String Taxonomy_newTaxonomy;
    public static String Taxonomy_newTheme;
    public static String Taxonomy_newAsk;
    public static String Citations_outgoing;
    public static String Citations_incoming;
    public static String Citations_unresolved;
    public static String Citations_version;
    public static String Versions_hint;
    public static String Versions_heading;
    public static String Versions_colVersion;
    public static String Versions_colFrom;
    public static String Versions_colUntil;
    public static String Versions_colPublication;
    public static String Versions_colChange;
    public static String Versions_colArticles;
    public static String Versions_colChanged;
    public static String Versions_changedCount;
    public static String Versions_onlyOne;
    public static String Versions_suggested;
    public static String Versions_link;
    public static String Compare_title;
    public static String Compare_titleShort;
    public static String Citations_versionChanged;
    public static String Citations_compare;
    public static String Citations_compareTip;
    public static String Citations_empty;
    public static String Document_empty;
    public static String Document_page;
    public static String Document_missing;
    public static String Kind_generic_document;
    public static String Kind_ngo_document;
    public static String Kind_parliamentary_paper;
    public static String Kind_regulation;
    public static String Kind_ruling;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }

    /** The display name of a source kind key. */
    /** A link state (proposed, confirmed, rejected) in the interface's language. */
    public static String linkState(String state) {
        return switch (state) {
            case "confirmed" -> LinkState_confirmed;
            case "rejected" -> LinkState_rejected;
            default -> LinkState_proposed;
        };
    }

    public static String kind(String key) {
        return switch (key) {
            case "ngo-document" -> Kind_ngo_document;
            case "parliamentary-paper" -> Kind_parliamentary_paper;
            case "regulation" -> Kind_regulation;
            case "ruling" -> Kind_ruling;
            default -> Kind_generic_document;
        };
    }
}
