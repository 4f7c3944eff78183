package org.lexgraph.core;

import org.lexgraph.core.internal.Actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.MetadataKeys;
import org.lexgraph.extract.StructureNode;
import org.lexgraph.extract.TextBlock;
import org.lexgraph.model.Actor;
import org.lexgraph.model.ActorKind;
import org.lexgraph.model.Chamber;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.RegulationScope;
import org.lexgraph.model.RegulationVersion;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;
import org.lexgraph.model.StructureElement;
import org.lexgraph.model.StructureKind;

/**
 * Decides what kind of source a file is and maps what the extractor and the recognisers found onto the model: kind,
 * title, date, language and the kind's own fields (a ruling's ECLI, court and procedure; a Kamerstuk's chamber,
 * vergaderjaar, dossier and ondernummer; a regulation's work id, municipality, legal basis and its version with the
 * article tree). Each recognised field is recorded in the source's provenance with where it came from. Actors
 * (courts, municipalities, ministries, signatories) are created detached; {@link Actors#adopt} merges them into the
 * knowledge base's actors when the source is attached. Stateless and thread-safe.
 */
public class SourceRecogniser {

    private static final Pattern ECLI = Pattern.compile("ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\\d{4}:[A-Z0-9.]{1,25}");
    private static final Pattern BWB = Pattern.compile("BWB[RV]\\d{7}");
    /** "Wet van 23 november 2000 tot ... (Vreemdelingenwet 2000)": the citation title is in the parentheses. */
    private static final Pattern LONG_TITLE = Pattern.compile(
            "^(Wet|Besluit|Regeling|Verordening|Rijkswet|Beschikking)\\b.*\\(([^()]{3,120})\\)\\s*$");
    /** The citation title a regulation gives itself: Deze wet kan worden aangehaald als "Leerplichtwet 1969". */
    private static final Pattern CITEERTITEL = Pattern.compile(
            "(?:kan|wordt|worden) (?:worden )?aangehaald als:?\\s*[\"“„']?([^\"”'\n]{3,120}?)[\"”']?\\s*(?:\\.|$)");
    /** Metadata keys that are bookkeeping, not facts about the document. */
    private static final List<String> NOT_PROVENANCE = List.of(MetadataKeys.XML_ROOT);

    /** What the recogniser made of a file: the source, and its structure elements by key (for the passages). */
    public record Recognised(Source source, Map<String, StructureElement> elements) {
    }

    /**
     * Creates the source object for an extracted file.
     *
     * @param hint the kind the caller knows the file to be, or {@code null} to recognise it
     */
    public Source recognise(Path file, ExtractedDocument doc, SourceKind hint) {
        return recogniseWithStructure(file, doc, hint).source();
    }

    public Recognised recogniseWithStructure(Path file, ExtractedDocument doc, SourceKind hint) {
        String ecli = first(doc.metadata(MetadataKeys.ECLI), match(ECLI, doc.metadata(MetadataKeys.IDENTIFIER)));
        String bwb = first(match(BWB, file.getFileName().toString()), match(BWB, doc.metadata(MetadataKeys.IDENTIFIER)));
        SourceKind kind = hint != null ? hint : kindOf(doc.metadata(MetadataKeys.KIND), ecli, bwb);
        Source source = (Source) LexgraphFactory.eINSTANCE.create(kind.eClass());
        Map<String, StructureElement> elements = new HashMap<>();
        String md = null;
        if (source instanceof Ruling r) {
            r.setEcli(ecli);
            r.setDecisionDate(parseDate(doc.metadata(MetadataKeys.DATE)));
            r.setProcedure(doc.metadata(MetadataKeys.PROCEDURE));
            r.setCaseNumber(doc.metadata(MetadataKeys.CASE_NUMBER));
            r.setAreaOfLaw(doc.metadata(MetadataKeys.SUBJECT));
            if ((md = doc.metadata(MetadataKeys.COURT)) != null) {
                r.setCourt(Actors.detached(ActorKind.COURT, md));
            }
        } else if (source instanceof Regulation r) {
            String work = first(doc.metadata(MetadataKeys.WORK_ID), bwb);
            r.setWorkId(work);
            String municipality = doc.metadata(MetadataKeys.MUNICIPALITY);
            if (municipality != null) {
                r.setMunicipality(Actors.detached(ActorKind.MUNICIPALITY, municipality));
                r.setScope(RegulationScope.MUNICIPAL);
            } else if (work != null && work.startsWith("BWB")) {
                r.setScope(RegulationScope.NATIONAL);
            } else if (work != null && work.startsWith("CVDR")) {
                r.setScope(RegulationScope.OTHER);
            }
            if ((md = doc.metadata(MetadataKeys.LEGAL_BASIS)) != null) {
                r.getLegalBasis().addAll(List.of(md.split(MetadataKeys.SEPARATOR)));
            }
            if ((md = doc.metadata(MetadataKeys.MINISTRY)) != null) {
                r.setAuthority(Actors.detached(ActorKind.MINISTRY, md));
            }
            if (!doc.structure().isEmpty() || doc.metadata(MetadataKeys.VERSION_ID) != null
                    || doc.metadata(MetadataKeys.VALID_FROM) != null
                    || doc.metadata(MetadataKeys.PUBLICATION_ID) != null) {
                RegulationVersion v = LexgraphFactory.eINSTANCE.createRegulationVersion();
                v.setVersionId(doc.metadata(MetadataKeys.VERSION_ID));
                v.setValidFrom(parseDate(doc.metadata(MetadataKeys.VALID_FROM)));
                v.setValidTo(parseDate(doc.metadata(MetadataKeys.VALID_TO)));
                // where the version was published: its Gemeenteblad or Staatscourant (gmb-2022-66747)
                v.setPublication(first(doc.metadata(MetadataKeys.PUBLICATION),
                        doc.metadata(MetadataKeys.PUBLICATION_ID)));
                v.setChange(doc.metadata(MetadataKeys.CHANGE));
                for (StructureNode n : doc.structure()) {
                    v.getArticles().add(element(n, elements));
                }
                r.getVersions().add(v);
            }
        } else if (source instanceof ParliamentaryPaper p) {
            String chamber = doc.metadata(MetadataKeys.CHAMBER);
            p.setChamber("I".equals(chamber) ? Chamber.EERSTE_KAMER
                    : "II".equals(chamber) ? Chamber.TWEEDE_KAMER : Chamber.UNKNOWN);
            p.setVergaderjaar(doc.metadata(MetadataKeys.VERGADERJAAR));
            p.setDossier(doc.metadata(MetadataKeys.DOSSIER));
            p.setDossierChapter(doc.metadata(MetadataKeys.DOSSIER_CHAPTER));
            p.setOndernummer(doc.metadata(MetadataKeys.ONDERNUMMER));
            p.setDossierTitle(doc.metadata(MetadataKeys.DOSSIER_TITLE));
            p.setPublicationId(doc.metadata(MetadataKeys.PUBLICATION_ID));
        }
        if (!(source instanceof Regulation) && (md = doc.metadata(MetadataKeys.MUNICIPALITY)) != null) {
            source.setPublisher(Actors.detached(ActorKind.MUNICIPALITY, md));
        } else if (source.getPublisher() == null && (md = doc.metadata(MetadataKeys.MINISTRY)) != null) {
            source.setPublisher(Actors.detached(ActorKind.MINISTRY, md));
        }
        if ((md = doc.metadata(MetadataKeys.SIGNATORIES)) != null) {
            for (String name : md.split(MetadataKeys.SEPARATOR)) {
                source.getSignatories().add(Actors.detached(ActorKind.PERSON_IN_ROLE, name));
            }
        }
        Titled titled = titled(file, doc, kind, ecli);
        source.setTitle(titled.title());
        if (titled.origin() != null) {
            source.getProvenance().add("title = " + titled.title() + " (" + titled.origin() + ")");
        }
        if (hint == null && doc.metadata(MetadataKeys.KIND) == null) {
            source.getProvenance().add("kind = " + kind.key() + " (" + (ecli != null ? "its ECLI"
                    : bwb != null ? "its BWB id" : "nothing in the file said what it is") + ")");
        }
        source.setLanguage(doc.metadata(MetadataKeys.LANGUAGE));
        source.setDate(parseDate(doc.metadata(MetadataKeys.DATE)));
        if (source instanceof Ruling r) {
            // the ruling's own closing words are the record of the day it was given; a metadata record can be wrong
            // (28-01 for 28-10): where they disagree the ruling is followed, and the provenance says so
            String pronounced = pronounced(doc);
            String recorded = doc.metadata(MetadataKeys.DATE);
            if (pronounced != null && (recorded == null || !recorded.startsWith(pronounced))) {
                r.setDecisionDate(parseDate(pronounced));
                source.setDate(parseDate(pronounced));
                if (recorded != null && source.getTitle() != null) {
                    source.setTitle(source.getTitle().replace(recorded, pronounced));
                }
                source.getProvenance().add("date = " + pronounced + " (the ruling's closing words \u201Cuitgesproken in"
                        + " het openbaar op \u2026\u201D" + (doc.metadata(MetadataKeys.DATE) == null ? ""
                                : "; its metadata said " + doc.metadata(MetadataKeys.DATE)) + ")");
            }
        }
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(doc.metadata()).entrySet()) {
            String origin = doc.origin(e.getKey());
            if (!NOT_PROVENANCE.contains(e.getKey()) && origin != null) {
                source.getProvenance().add(e.getKey() + " = " + e.getValue().replace(MetadataKeys.SEPARATOR, "; ")
                        + " (" + origin + ")");
            }
        }
        return new Recognised(source, elements);
    }

    private static SourceKind kindOf(String key, String ecli, String bwb) {
        if (key != null) {
            try {
                return SourceKind.fromKey(key);
            } catch (IllegalArgumentException e) {
                // an unknown kind from a recogniser falls through to the rules below
            }
        }
        return ecli != null ? SourceKind.RULING : bwb != null ? SourceKind.REGULATION : SourceKind.GENERIC_DOCUMENT;
    }

    private static final Pattern PRONOUNCED = Pattern.compile("(?i)\\buitgesproken in het openbaar op\\s+(\\d{1,2})\\s+"
            + "(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\\s+(\\d{4})");
    private static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    /** The day a ruling says it was pronounced, from its last paragraphs (yyyy-MM-dd), or null. */
    static String pronounced(ExtractedDocument doc) {
        List<TextBlock> blocks = doc.blocks();
        for (int i = blocks.size() - 1; i >= Math.max(0, blocks.size() - 30); i--) {
            Matcher m = PRONOUNCED.matcher(blocks.get(i).text());
            if (m.find()) {
                int month = MONTHS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT)) + 1;
                return String.format(java.util.Locale.ROOT, "%s-%02d-%02d", m.group(3), month,
                        Integer.parseInt(m.group(1)));
            }
        }
        return null;
    }

    private static StructureElement element(StructureNode n, Map<String, StructureElement> byKey) {
        StructureElement e = LexgraphFactory.eINSTANCE.createStructureElement();
        e.setKey(n.key());
        e.setKind(StructureKind.valueOf(n.kind().name()));
        e.setLabel(n.label());
        e.setNumber(n.number());
        e.setTitle(n.title());
        byKey.put(n.key(), e);
        for (StructureNode c : n.children()) {
            e.getChildren().add(element(c, byKey));
        }
        return e;
    }

    private static String match(Pattern p, String s) {
        if (s == null) {
            return null;
        }
        Matcher m = p.matcher(s);
        return m.find() ? m.group() : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** "Microsoft Word - 20110301 brief.doc", "-", "2": what a PDF's metadata or a first line holds that no one calls a title. */
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)^(?:microsoft (?:word|powerpoint|excel) - .*|.*\\.(?:docx?|pdf|odt|rtf|xlsx?)|untitled|naamloos|"
            + "document\\d*|[^\\p{L}]*|\\W*retouradres\\b.*"
            // a gazette's masthead ("GEMEENTEBLAD Officiële uitgave van de gemeente … Nr. 66747"): the title follows
            + "|(?:gemeenteblad|staatscourant|staatsblad|provinciaal blad|waterschapsblad)\\b.{0,200})$",
            Pattern.DOTALL);
    /**
     * A letter's subject line, where a government letter says what it is about: "Onderwerp Draagmoederschap",
     * "Betreft: …", or the label on a line of its own with the subject on the next (a PDF's two columns).
     */
    private static final Pattern SUBJECT_LINE = Pattern.compile(
            "(?m)^\\s*(?:Onderwerp|Betreft):?(?:[ \\t]+|[ \\t]*\\n\\s*)(\\S[^\\n]{2,150})$");
    private static final Pattern SUBJECT_LABEL = Pattern.compile("^\\s*(?:Onderwerp|Betreft):?\\s*$");
    /**
     * The subject in a letterhead a PDF gave as one run of words: "Datum 3 oktober 2018 Betreft Onbeantwoorde vragen
     * … Aan de voorzitter …", up to the next field of the letterhead.
     */
    private static final Pattern SUBJECT_IN_LETTERHEAD = Pattern.compile(
            "\\b(?:Onderwerp|Betreft):?\\s+(\\S.{2,150}?)(?=\\s+(?:Aan de\\b|Datum\\b|Onze referentie|Uw referentie"
                    + "|Ons kenmerk|Uw kenmerk|Kenmerk\\b|Bijlage|Contactpersoon|Postbus\\b|Retouradres|Pagina \\d"
                    + "|Geachte\\b)|\\s*\\n|\\s*$)");

    static boolean isTitle(String t) {
        return t != null && !t.isBlank() && !NOT_A_TITLE.matcher(t.strip()).matches();
    }

    static String title(Path file, ExtractedDocument doc, SourceKind kind, String ecli) {
        return titled(file, doc, kind, ecli).title();
    }

    /** A title and where it came from (null: from the file's own metadata, which records its origin itself). */
    record Titled(String title, String origin) {
    }

    static Titled titled(Path file, ExtractedDocument doc, SourceKind kind, String ecli) {
        String t = doc.metadata(MetadataKeys.TITLE);
        String origin = null;
        if (t != null && !isTitle(t)) {
            t = null; // the word processor's name for the file, or a mark: the text says what it is
        }
        if (kind == SourceKind.RULING && ecli != null) {
            String court = first(doc.metadata(MetadataKeys.COURT), doc.metadata(MetadataKeys.AUTHOR));
            String date = doc.metadata(MetadataKeys.DATE);
            return new Titled((court != null ? court + " " : "") + (date != null ? date + ", " : "") + ecli,
                    "court, date and ECLI");
        }
        if (kind == SourceKind.REGULATION && (t == null || doc.origin(MetadataKeys.TITLE) == null)) {
            // the regulation's own citation title, usually in its last article, rather than a heading taken as title
            // (an official XML title, which has an origin, stays)
            for (int i = doc.blocks().size() - 1; i >= 0; i--) {
                Matcher m = CITEERTITEL.matcher(doc.blocks().get(i).text());
                if (m.find()) {
                    t = m.group(1).strip();
                    origin = "citation title in its own article";
                    break;
                }
            }
        }
        if (t == null) {
            List<TextBlock> top = doc.blocks().subList(0, Math.min(doc.blocks().size(), 40));
            for (int i = 0; i < top.size() && t == null; i++) {
                TextBlock b = top.get(i);
                Matcher subject = SUBJECT_LINE.matcher(b.text());
                if (b.page() <= 1 && subject.find()) {
                    t = subject.group(1).strip();
                } else if (b.page() <= 1 && SUBJECT_LABEL.matcher(b.text()).matches() && i + 1 < top.size()
                        && isTitle(top.get(i + 1).text())) {
                    t = top.get(i + 1).text().strip().split("\n")[0];
                } else if (b.page() <= 1 && (subject = SUBJECT_IN_LETTERHEAD.matcher(b.text())).find()
                        && b.text().contains("Datum")) {
                    t = subject.group(1).strip();
                }
                origin = t != null ? "the letter's subject line" : null;
            }
        }
        boolean fromParagraph = false;
        if (t == null) {
            for (TextBlock b : doc.blocks()) {
                if (!isTitle(b.text())) {
                    continue;
                }
                if (b.isHeading() || t == null) {
                    t = b.text();
                    fromParagraph = !b.isHeading();
                    origin = b.isHeading() ? "first heading" : "first paragraph";
                    if (b.isHeading()) {
                        break;
                    }
                }
            }
        }
        String dossierTitle = doc.metadata(MetadataKeys.DOSSIER_TITLE);
        if (t != null && kind == SourceKind.PARLIAMENTARY_PAPER && dossierTitle != null && t.startsWith(dossierTitle)
                && t.length() > dossierTitle.length() + 2) {
            // "dossier title; Brief regering; subject": the dossier title is a field of its own
            t = t.substring(dossierTitle.length()).replaceFirst("^[;:,\\s]+", "");
        }
        if (t != null) {
            Matcher m = LONG_TITLE.matcher(t);
            if (m.matches()) {
                t = m.group(2).strip();
            }
            // a title a document gives itself stays whole (an act's long title can run to 300 characters); a
            // paragraph taken for want of one is cut
            if (t.length() > (fromParagraph ? 160 : 500)) {
                int cut = t.lastIndexOf(' ', 157);
                t = t.substring(0, cut > 40 ? cut : 157) + "…";
            }
        }
        if (t == null || t.isBlank()) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            t = dot > 0 ? name.substring(0, dot) : name;
            origin = "the file's name";
        }
        return new Titled(t, origin);
    }

    static Date parseDate(String iso) {
        if (iso == null) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(iso).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
