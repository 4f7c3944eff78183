package org.lexgraph.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.annotations.HighlightColour;
import org.lexgraph.core.annotations.NoteView;
import org.lexgraph.ui.LexgraphUiPlugin;
import org.lexgraph.ui.Messages;

/**
 * The notes and highlights of the source in the Document view: read with the source, written into its text (the
 * source's own notes at the top, a passage's notes as lines under it, a highlight as its colour behind the words),
 * and the document menu's actions that make them.
 */
final class DocumentNotes {

    private final StyledText text;
    private final Color noteColor = new Color(88, 88, 110);
    private List<NoteView> notes = List.of();
    private Map<String, List<NoteView>> byPassage = Map.of();
    /** Highlights on show: start, end, colour key. */
    private final List<Object[]> highlightRanges = new ArrayList<>();
    private final List<String> lines = new ArrayList<>();

    DocumentNotes(StyledText text) {
        this.text = text;
    }

    /** Highlight ›, Add Note… and Note on the Whole Source… for the document's menu. */
    void addActions(MenuManager menu, DocumentView view) {
        menu.add(new Separator());
        MenuManager colours = new MenuManager(Messages.Document_highlight);
        for (HighlightColour c : HighlightColour.values()) {
            colours.add(new Action(Messages.colour(c.key())) {
                @Override
                public void run() {
                    view.highlightSelection(c, null);
                }
            });
        }
        menu.add(colours);
        menu.add(new Action(Messages.Document_addNote) {
            @Override
            public void run() {
                ask().ifPresent(view::addNote);
            }
        });
        menu.add(new Action(Messages.Document_sourceNote) {
            @Override
            public void run() {
                ask().ifPresent(view::addSourceNote);
            }
        });
    }

    private Optional<String> ask() {
        InputDialog d = new InputDialog(text.getShell(), Messages.Annotations_editTitle, Messages.Annotations_editPrompt,
                "", null);
        return d.open() == Window.OK ? Optional.of(d.getValue()) : Optional.empty();
    }

    /** Reads the notes of the source about to be shown. */
    void load(String source) {
        notes = notesOf(source);
        byPassage = new HashMap<>();
        for (NoteView n : notes) {
            byPassage.computeIfAbsent(n.passageId() == null ? "" : n.passageId(), k -> new ArrayList<>()).add(n);
        }
        highlightRanges.clear();
        lines.clear();
    }

    /** Whether the source's notes are no longer those on show (an edit elsewhere, an undo). */
    boolean changedSince(String source) {
        return !notesOf(source).equals(notes);
    }

    /** The notes on the whole source, as the reader's own preface, and a blank line after them. */
    void appendSourceNotes(StringBuilder sb, List<StyleRange> styles) {
        List<NoteView> own = byPassage.getOrDefault("", List.of());
        for (NoteView n : own) {
            appendLine(sb, styles, n);
        }
        if (!own.isEmpty()) {
            sb.append('\n');
        }
    }

    /** A passage's notes as lines under it; its highlights remembered for {@link #paintHighlights}. */
    void appendPassageNotes(StringBuilder sb, List<StyleRange> styles, String passageId, String passageText,
            int start) {
        for (NoteView n : byPassage.getOrDefault(passageId, List.of())) {
            if (n.highlight() && !n.changed() && n.end() <= passageText.length()
                    && passageText.substring(n.start(), n.end()).equals(n.quote())) {
                highlightRanges.add(new Object[] {start + n.start(), start + n.end(), n.colour()});
            }
            if (!n.text().isEmpty() || n.changed()) {
                appendLine(sb, styles, n);
            }
        }
    }

    /** A note as a line of its own: a pen in the highlight's colour, the words it marks, its text. */
    private void appendLine(StringBuilder sb, List<StyleRange> styles, NoteView n) {
        int at = sb.length();
        StringBuilder line = new StringBuilder("\u270E ");
        if (n.highlight()) {
            String words = n.quote().strip().replaceAll("\\s+", " ");
            line.append('\u201C').append(words.length() > 60 ? words.substring(0, 59) + "\u2026" : words)
                    .append('\u201D');
            if (n.changed()) {
                line.append(' ').append(Messages.Annotations_changed);
            }
            if (!n.text().isEmpty()) {
                line.append(": ");
            }
        }
        line.append(n.text().replace('\n', ' '));
        sb.append(line).append('\n');
        lines.add(line.toString());
        // the ranges may not overlap: the pen, then the rest in italics
        styles.add(new StyleRange(at, 1, noteColor, Highlights.colour(n.colour())));
        StyleRange r = new StyleRange(at + 1, line.length() - 1, noteColor, null);
        r.fontStyle = SWT.ITALIC;
        styles.add(r);
    }

    /** The highlights' colours behind their words, keeping the styles the words had (a citation stays a link). */
    void paintHighlights() {
        for (Object[] h : highlightRanges) {
            int start = (int) h[0];
            int end = (int) h[1];
            Color bg = Highlights.colour((String) h[2]);
            StyleRange[] under = text.getStyleRanges(start, end - start);
            text.setStyleRange(new StyleRange(start, end - start, null, bg));
            for (StyleRange r : under) {
                int from = Math.max(start, r.start);
                int to = Math.min(end, r.start + r.length);
                if (to > from) {
                    StyleRange c = (StyleRange) r.clone();
                    c.start = from;
                    c.length = to - from;
                    c.background = bg;
                    text.setStyleRange(c);
                }
            }
        }
    }

    /** The highlights shown, as "colour: words" in the order of the text. */
    List<String> highlights() {
        return highlightRanges.stream().sorted(java.util.Comparator.comparingInt(h -> (int) h[0]))
                .map(h -> h[2] + ": " + text.getTextRange((int) h[0], (int) h[1] - (int) h[0])).toList();
    }

    /** The note lines shown, in order. */
    List<String> noteLines() {
        return List.copyOf(lines);
    }

    private static List<NoteView> notesOf(String source) {
        Optional<KnowledgeBaseSession> s = LexgraphUiPlugin.knowledgeBase().session();
        if (s.isEmpty()) {
            return List.of();
        }
        try {
            return s.get().annotations().list(source);
        } catch (KnowledgeBaseException e) {
            return List.of();
        }
    }

    void dispose() {
        noteColor.dispose();
    }
}
