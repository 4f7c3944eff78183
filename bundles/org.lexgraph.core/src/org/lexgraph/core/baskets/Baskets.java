package org.lexgraph.core.baskets;

import org.lexgraph.core.QuoteView;
import org.lexgraph.core.SourceKind;

import org.lexgraph.core.internal.Actors;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.model.Ask;
import org.lexgraph.model.Basket;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Quote;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;
import org.lexgraph.model.StructureElement;
import org.lexgraph.model.StructureKind;

/**
 * Baskets of quotes read from the model: each quote with its pinpoint and its source's citation in the form of the
 * Leidraad voor juridische auteurs, and quotes found again by their words after their source was imported again.
 */
public final class Baskets {

    private Baskets() {
    }

    public static Basket find(KnowledgeBase kb, String name) {
        return kb.getBaskets().stream().filter(b -> name.equals(b.getName())).findFirst().orElse(null);
    }

    public static Source source(KnowledgeBase kb, String id) {
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getId().equals(id)) {
                return s;
            }
        }
        return null;
    }

    public static Passage passage(Source s, String id) {
        if (s == null || id == null) {
            return null;
        }
        for (Passage p : s.getPassages()) {
            if (id.equals(p.getId())) {
                return p;
            }
        }
        return null;
    }

    /** The quotes of a basket, in order. */
    public static List<QuoteView> views(KnowledgeBase kb, Basket b) {
        List<QuoteView> out = new ArrayList<>();
        for (Quote q : b.getQuotes()) {
            out.add(view(kb, b, q));
        }
        return out;
    }

    public static QuoteView view(KnowledgeBase kb, Basket b, Quote q) {
        Source s = source(kb, q.getSourceId());
        Passage p = passage(s, q.getPassageId());
        String pinpoint = q.getPinpoint() != null && !q.getPinpoint().isBlank() ? q.getPinpoint() : pinpoint(s, p);
        List<String> asks = q.getAsks().stream().map(Ask::getKey).toList();
        return new QuoteView(q.getId(), b.getName(), q.getSourceId(), q.getPassageId(),
                s == null ? null : s.getTitle(), s == null ? null : SourceKind.of(s).key(), q.getQuotedText(),
                q.getStart(), q.getEnd(), pinpoint, citation(s, pinpoint), identifier(s), permalink(s, p),
                date(s), authority(s), q.getNote(), asks, q.isChanged(), s == null ? null : s.getOriginalPath(),
                annotationsOn(q, p), inForce(s));
    }

    /**
     * The user's notes on the quoted words: those on the passage as a whole and on highlights whose words overlap the
     * quote (so they travel with the basket into every export).
     */
    static List<String> annotationsOn(Quote q, Passage p) {
        List<String> out = new ArrayList<>();
        if (p != null) {
            for (org.lexgraph.model.Note n : p.getNotes()) {
                if (n.getText() == null || n.getText().isBlank()) {
                    continue;
                }
                boolean marks = n.getQuotedText() != null && !n.getQuotedText().isEmpty();
                if (marks && (n.getEnd() <= q.getStart() || n.getStart() >= q.getEnd())) {
                    continue;
                }
                out.add(n.getText().strip());
            }
        }
        return out;
    }

    private static final Pattern BW_BOOK = Pattern.compile("(?i)Burgerlijk Wetboek,? Boek (\\d+)\\b");
    private static final Pattern RO = Pattern.compile("^\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,3})[.\\s]");

    /** Where in the source: the article and lid of a regulation, the r.o. of a ruling, else the page. */
    public static String pinpoint(Source s, Passage p) {
        if (p == null) {
            return "";
        }
        if (s instanceof Regulation) {
            String article = null;
            String lid = null;
            for (StructureElement e = p.getElement(); e != null; e = e.eContainer() instanceof StructureElement up ? up
                    : null) {
                if (e.getKind() == StructureKind.LID && lid == null) {
                    lid = e.getNumber();
                } else if (e.getKind() == StructureKind.ARTICLE) {
                    article = e.getNumber();
                    break;
                }
            }
            if (article == null && p.getAnchor() != null) {
                Matcher m = Pattern.compile("(?i)^artikel\\s+([\\w.:]+)(?:.*?,\\s*lid\\s+(\\w+))?").matcher(p.getAnchor());
                if (m.find()) {
                    article = m.group(1);
                    lid = m.group(2);
                }
            }
            if (article != null) {
                return "art. " + article + (lid == null || lid.isBlank() ? "" : " lid " + lid);
            }
        }
        if (s instanceof Ruling && p.getText() != null) {
            Matcher m = RO.matcher(p.getText());
            if (m.find()) {
                return "r.o. " + m.group(1);
            }
        }
        return p.getPage() > 0 ? "p. " + p.getPage() : "";
    }

    /** The source's citation in Leidraad form with the pinpoint. */
    public static String citation(Source s, String pinpoint) {
        if (s == null) {
            return pinpoint;
        }
        String pin = pinpoint == null ? "" : pinpoint;
        if (s instanceof ParliamentaryPaper pp && pp.getDossier() != null) {
            StringBuilder sb = new StringBuilder("Kamerstukken");
            if (pp.getChamber() != null && pp.getChamber() != org.lexgraph.model.Chamber.UNKNOWN) {
                sb.append(' ').append(pp.getChamber().getLiteral());
            }
            if (pp.getVergaderjaar() != null) {
                sb.append(' ').append(org.lexgraph.cite.CitationFormatter.citationYears(pp.getVergaderjaar()));
            }
            sb.append(", ").append(pp.getDossier());
            if (pp.getDossierChapter() != null) {
                sb.append(' ').append(pp.getDossierChapter());
            }
            if (pp.getOndernummer() != null) {
                sb.append(", nr. ").append(pp.getOndernummer());
            }
            return sb + (pin.isEmpty() ? "" : ", " + pin);
        }
        if (s instanceof Ruling r && r.getEcli() != null) {
            return r.getEcli() + (pin.isEmpty() ? "" : ", " + pin);
        }
        if (s instanceof Regulation) {
            String name = s.getTitle() != null ? s.getTitle() : identifier(s);
            // the books of the Burgerlijk Wetboek are cited by book and article: art. 1:19e lid 1 BW
            Matcher book = BW_BOOK.matcher(name == null ? "" : name);
            if (book.lookingAt() && pin.startsWith("art. ") && !pin.contains(":")) {
                return "art. " + book.group(1) + ":" + pin.substring(5) + " BW";
            }
            return pin.startsWith("art.") ? pin + " " + name : name + (pin.isEmpty() ? "" : ", " + pin);
        }
        StringBuilder sb = new StringBuilder(s.getTitle() == null ? "" : s.getTitle());
        String who = authority(s);
        String when = date(s);
        if (who != null || when != null) {
            sb.append(" (").append(who == null ? "" : who).append(who != null && when != null ? ", " : "")
                    .append(when == null ? "" : when).append(')');
        }
        return sb + (pin.isEmpty() ? "" : ", " + pin);
    }

    public static String identifier(Source s) {
        if (s instanceof Ruling r) {
            return r.getEcli();
        }
        if (s instanceof Regulation r) {
            return r.getWorkId();
        }
        if (s instanceof ParliamentaryPaper pp && pp.getDossier() != null && pp.getOndernummer() != null) {
            return "kst-" + pp.getDossier() + (pp.getDossierChapter() == null ? "" : "-" + pp.getDossierChapter())
                    + "-" + pp.getOndernummer();
        }
        return null;
    }

    /** A stable address of the source on the official sites (nothing is fetched). */
    public static String permalink(Source s, Passage p) {
        String id = identifier(s);
        if (id == null) {
            return null;
        }
        if (s instanceof Ruling) {
            return "https://uitspraken.rechtspraak.nl/details?id=" + id;
        }
        if (id.startsWith("BWBR")) {
            String pin = pinpoint(s, p);
            Matcher m = Pattern.compile("^art\\. ([\\w.:]+)").matcher(pin);
            return "https://wetten.overheid.nl/" + (m.find() ? "jci1.3:c:" + id + "&artikel=" + m.group(1) : id);
        }
        if (id.startsWith("CVDR")) {
            return "https://lokaleregelgeving.overheid.nl/" + id.replaceAll("_\\d+$", "");
        }
        if (id.startsWith("kst-")) {
            return "https://zoek.officielebekendmakingen.nl/" + id + ".html";
        }
        return null;
    }

    /** Of a regulation: the day its version quoted (its text now, the last of its versions) came into force. */
    static String inForce(Source s) {
        if (!(s instanceof Regulation r) || r.getVersions().isEmpty()) {
            return null;
        }
        java.util.Date from = r.getVersions().get(r.getVersions().size() - 1).getValidFrom();
        return from == null ? null : from.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    public static String date(Source s) {
        return s == null || s.getDate() == null ? null
                : s.getDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    public static String authority(Source s) {
        if (s == null) {
            return null;
        }
        String court = Actors.courtOf(s);
        if (court != null) {
            return court;
        }
        if (s.getPublisher() != null && s.getPublisher().getName() != null) {
            return s.getPublisher().getName();
        }
        String m = Actors.municipalityOf(s);
        return m == null ? null : "Gemeente " + m;
    }

    /**
     * Finds the basket's quotes of re-imported sources again by their words: the same words in a passage of the new
     * text (the quote follows them, keeping note and asks), else marked as changed (kept as quoted, for the user).
     * Returns whether anything changed.
     */
    public static boolean reanchor(KnowledgeBase kb, java.util.Set<String> sourceIds) {
        boolean changed = false;
        for (Basket b : kb.getBaskets()) {
            for (Quote q : b.getQuotes()) {
                if (!sourceIds.contains(q.getSourceId()) || q.getQuotedText() == null) {
                    continue;
                }
                Source s = source(kb, q.getSourceId());
                Passage same = passage(s, q.getPassageId());
                if (same != null && same.getText() != null && q.getEnd() <= same.getText().length()
                        && same.getText().substring(q.getStart(), q.getEnd()).equals(q.getQuotedText())) {
                    if (q.isChanged()) {
                        q.setChanged(false);
                        changed = true;
                    }
                    continue;
                }
                Passage found = null;
                int at = -1;
                if (s != null) {
                    for (Passage p : s.getPassages()) {
                        at = p.getText() == null ? -1 : p.getText().indexOf(q.getQuotedText());
                        if (at >= 0) {
                            found = p;
                            break;
                        }
                    }
                }
                if (found != null) {
                    q.setPassageId(found.getId());
                    q.setStart(at);
                    q.setEnd(at + q.getQuotedText().length());
                    q.setChanged(false);
                    if (q.getPinpoint() != null && !q.getPinpoint().isBlank()) {
                        q.setPinpoint(pinpoint(s, found));
                    }
                } else {
                    q.setChanged(true);
                }
                changed = true;
            }
        }
        return changed;
    }
}
