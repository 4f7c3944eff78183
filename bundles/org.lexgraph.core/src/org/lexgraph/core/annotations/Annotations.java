package org.lexgraph.core.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.baskets.Baskets;
import org.lexgraph.model.Note;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;

/** Notes in the model: reading them as views, marking words, and finding them again in a re-imported source. */
public final class Annotations {

    private Annotations() {
    }

    /** Marked words of a passage: where they are and how they read. */
    record Mark(Passage passage, int start, int end, String words) {
    }

    /** The notes of a source: its own, then its passages' in their order. */
    public static List<Note> notesOf(Source s) {
        List<Note> out = new ArrayList<>(s.getNotes());
        for (Passage p : s.getPassages()) {
            out.addAll(p.getNotes());
        }
        return out;
    }

    static List<NoteView> viewsOf(Source s) {
        List<NoteView> out = new ArrayList<>();
        for (Note n : notesOf(s)) {
            out.add(view(n));
        }
        return out;
    }

    static NoteView view(Note n) {
        Passage p = n.eContainer() instanceof Passage pp ? pp : null;
        Source s = p != null ? (Source) p.eContainer() : (Source) n.eContainer();
        String colour = n.getColour() == null || n.getColour().isBlank() ? null : n.getColour();
        return new NoteView(n.getId(), s.getId(), s.getTitle(), p == null ? null : p.getId(),
                p == null ? "" : Baskets.pinpoint(s, p), p == null ? 0 : p.getPage(), n.getQuotedText(),
                n.getStart(), n.getEnd(), colour, n.getText(), AnnotationService.instant(n.getCreated()),
                AnnotationService.instant(n.getModified() == null ? n.getCreated() : n.getModified()), n.getAuthor(),
                n.isChanged());
    }

    /** A selection of a passage's text, checked against it. */
    static Mark selection(Source s, Passage p, int start, int end) throws KnowledgeBaseException {
        String text = p.getText() == null ? "" : p.getText();
        if (start < 0 || end <= start || end > text.length()) {
            throw new KnowledgeBaseException("characters " + start + "–" + end + " are not in passage " + p.getId()
                    + " of source " + s.getId() + " (its text has " + text.length() + ")");
        }
        return new Mark(p, start, end, text.substring(start, end));
    }

    /**
     * The words in the passage (or, without one, the source's first passage that holds them): as typed, else without
     * regard to case and runs of spaces.
     */
    static Mark find(Source s, Passage in, String words) throws KnowledgeBaseException {
        List<Passage> where = in != null ? List.of(in) : s.getPassages();
        for (Passage p : where) {
            Mark m = locate(p, words);
            if (m != null) {
                return m;
            }
        }
        throw new KnowledgeBaseException("the words \u201C" + words + "\u201D are not in "
                + (in != null ? "passage " + in.getId() + " of " : "") + "source " + s.getId() + " (" + s.getTitle()
                + ")");
    }

    /** The words in a passage, or null. */
    static Mark locate(Passage p, String words) {
        String text = p.getText();
        if (text == null || words == null || words.isEmpty()) {
            return null;
        }
        int at = text.indexOf(words);
        if (at >= 0) {
            return new Mark(p, at, at + words.length(), words);
        }
        // loosely: any case, any run of white space between the words
        StringBuilder rx = new StringBuilder("(?iu)");
        for (String w : words.strip().split("\\s+")) {
            rx.append(rx.length() > 5 ? "\\s+" : "").append(java.util.regex.Pattern.quote(w));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(rx.toString()).matcher(text);
        return m.find() ? new Mark(p, m.start(), m.end(), text.substring(m.start(), m.end())) : null;
    }

    /**
     * Moves the notes of a source that a re-import replaces onto its new version: notes on the whole source as they
     * are; a note on a passage to the passage with the same text (else the same heading, else the same place); a
     * highlight to its words, wherever they now stand in the source, and when they are gone it stays with the nearest
     * passage, marked as changed, with its words as they were. Nothing the user wrote is lost.
     */
    public static void carryOver(Source old, Source now) {
        now.getNotes().addAll(new ArrayList<>(old.getNotes()));
        List<Passage> before = old.getPassages();
        List<Passage> after = now.getPassages();
        for (int i = 0; i < before.size(); i++) {
            Passage was = before.get(i);
            if (was.getNotes().isEmpty()) {
                continue;
            }
            Passage same = samePassage(was, i, after);
            for (Note n : new ArrayList<>(was.getNotes())) {
                String words = n.getQuotedText();
                if (words == null || words.isEmpty()) {
                    if (same != null) {
                        // on another text now: the user should look whether the note still holds
                        n.setChanged(!normal(was.getText()).equals(normal(same.getText())));
                        same.getNotes().add(n);
                    } else {
                        n.setChanged(true);
                        now.getNotes().add(n);
                    }
                    continue;
                }
                Mark m = same == null ? null : locate(same, words);
                for (int j = 0; m == null && j < after.size(); j++) {
                    m = locate(after.get(j), words);
                }
                if (m != null) {
                    n.setStart(m.start());
                    n.setEnd(m.end());
                    n.setChanged(false);
                    m.passage().getNotes().add(n);
                } else if (same != null || !after.isEmpty()) {
                    n.setChanged(true);
                    (same != null ? same : after.get(Math.min(i, after.size() - 1))).getNotes().add(n);
                } else {
                    n.setChanged(true);
                    now.getNotes().add(n);
                }
            }
        }
    }

    /** The new passage that is the old one: the same text, else the same heading, else the same place. */
    private static Passage samePassage(Passage was, int index, List<Passage> after) {
        String text = normal(was.getText());
        for (Passage p : after) {
            if (!text.isEmpty() && text.equals(normal(p.getText()))) {
                return p;
            }
        }
        String anchor = normal(was.getAnchor());
        if (!anchor.isEmpty()) {
            Passage byAnchor = null;
            int count = 0;
            for (Passage p : after) {
                if (anchor.equals(normal(p.getAnchor()))) {
                    byAnchor = p;
                    count++;
                }
            }
            if (count == 1) {
                return byAnchor;
            }
        }
        return index < after.size() ? after.get(index) : null;
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
