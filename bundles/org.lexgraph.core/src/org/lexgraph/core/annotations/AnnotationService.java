package org.lexgraph.core.annotations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.baskets.Baskets;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.model.Annotated;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Note;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;

/**
 * Notes and highlights of an open knowledge base: a note on a whole source, on a passage, or on words of a passage (a
 * highlight, with a colour and optionally a text). Adding, editing and deleting are undoable edits; notes are indexed
 * with their passage, so a search finds them. Listing them loads only the sources the catalogue says carry notes.
 */
public final class AnnotationService {

    /**
     * What to note.
     *
     * @param sourceId the source
     * @param passageId the passage, or null for a note on the whole source (or to find {@code words} in any passage)
     * @param words the words to mark, found in the passage (or the source's first passage holding them); or null
     * @param start where the marked words begin in the passage text, with {@code end}: a selection (-1: none)
     * @param colour a highlight colour's key, or null for a note without a highlight
     * @param text the note's text, or null for a highlight alone
     */
    public record NoteRequest(String sourceId, String passageId, String words, int start, int end, String colour,
            String text) {

        /** A note on a whole source or passage. */
        public static NoteRequest note(String sourceId, String passageId, String text) {
            return new NoteRequest(sourceId, passageId, null, -1, -1, null, text);
        }

        /** A highlight of the words from {@code start} to {@code end} of a passage's text. */
        public static NoteRequest selection(String sourceId, String passageId, int start, int end, String colour,
                String text) {
            return new NoteRequest(sourceId, passageId, null, start, end, colour, text);
        }
    }

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public AnnotationService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** Every note and highlight, by source in the library's order, then in the order they were made. */
    public List<NoteView> list() {
        List<NoteView> out = new ArrayList<>();
        for (String id : sourcesWithNotes()) {
            ctx.sourceById(id).ifPresent(s -> out.addAll(ctx.peek(kb -> Annotations.viewsOf(s))));
        }
        return out;
    }

    /** The notes and highlights of one source. */
    public List<NoteView> list(String sourceId) throws KnowledgeBaseException {
        Source s = source(sourceId);
        return ctx.peek(kb -> Annotations.viewsOf(s));
    }

    /** The note with this id, if any. */
    public Optional<NoteView> find(String noteId) {
        return located(noteId).map(n -> ctx.peek(kb -> Annotations.view(n)));
    }

    /** Adds a note or highlight (an undoable edit) and returns it as lists show it. */
    public NoteView add(NoteRequest r) throws KnowledgeBaseException {
        ctx.requireWritable();
        Source s = source(r.sourceId());
        HighlightColour colour = colour(r.colour());
        String text = r.text() == null ? "" : r.text().strip();
        Note note = LexgraphFactory.eINSTANCE.createNote();
        Annotated target = s;
        if (r.passageId() != null) {
            target = Optional.ofNullable(Baskets.passage(s, r.passageId())).orElseThrow(() -> new KnowledgeBaseException(
                    "no passage " + r.passageId() + " in source " + s.getId() + " (" + s.getTitle() + ")"));
        }
        boolean marks = (r.words() != null && !r.words().isBlank()) || r.start() >= 0;
        if (marks) {
            Annotations.Mark m = r.start() >= 0 ? Annotations.selection(s, (Passage) requirePassage(target, s), r.start(),
                    r.end()) : Annotations.find(s, target instanceof Passage p ? p : null, r.words().strip());
            target = m.passage();
            note.setQuotedText(m.words());
            note.setStart(m.start());
            note.setEnd(m.end());
            note.setColour((colour == null ? HighlightColour.YELLOW : colour).key());
        } else if (colour != null) {
            throw new KnowledgeBaseException("a highlight needs words to mark: give the words (or a selection) as well as"
                    + " the colour " + colour.key());
        }
        if (!marks && text.isEmpty()) {
            throw new KnowledgeBaseException("an empty note: give its text, or words of the source to highlight");
        }
        note.setText(text);
        Date now = new Date();
        note.setCreated(now);
        note.setModified(now);
        note.setAuthor(System.getProperty("user.name"));
        session.execute(AddCommand.create(session.editingDomain(), target, LexgraphPackage.Literals.ANNOTATED__NOTES,
                note));
        return ctx.peek(kb -> Annotations.view(note));
    }

    /** Changes a note's text and/or colour (null leaves it as it is), as one undoable edit. */
    public NoteView edit(String noteId, String text, String colourKey) throws KnowledgeBaseException {
        ctx.requireWritable();
        Note note = located(noteId).orElseThrow(() -> missing(noteId));
        HighlightColour colour = colour(colourKey);
        if (colour != null && (note.getQuotedText() == null || note.getQuotedText().isEmpty())) {
            throw new KnowledgeBaseException("note " + noteId + " marks no words: only a highlight has a colour");
        }
        if (text != null && text.isBlank() && (note.getQuotedText() == null || note.getQuotedText().isEmpty())) {
            throw new KnowledgeBaseException("note " + noteId + " would be empty: delete it instead (lexgraph note"
                    + " delete " + noteId + ")");
        }
        CompoundCommand all = new CompoundCommand("edit note");
        if (text != null) {
            all.append(SetCommand.create(session.editingDomain(), note, LexgraphPackage.Literals.NOTE__TEXT,
                    text.strip()));
        }
        if (colour != null) {
            all.append(SetCommand.create(session.editingDomain(), note, LexgraphPackage.Literals.NOTE__COLOUR,
                    colour.key()));
        }
        all.append(SetCommand.create(session.editingDomain(), note, LexgraphPackage.Literals.NOTE__MODIFIED,
                new Date()));
        session.execute(all);
        return ctx.peek(kb -> Annotations.view(note));
    }

    /** Deletes a note or highlight (an undoable edit). */
    public void delete(String noteId) throws KnowledgeBaseException {
        ctx.requireWritable();
        Note note = located(noteId).orElseThrow(() -> missing(noteId));
        session.execute(RemoveCommand.create(session.editingDomain(), note.eContainer(),
                LexgraphPackage.Literals.ANNOTATED__NOTES, note));
    }

    /** The ids of the sources carrying notes, in the library's order (from the catalogue: nothing is loaded). */
    private List<String> sourcesWithNotes() {
        List<String> out = new ArrayList<>();
        for (SourceCatalogue.Entry e : ctx.catalogue().entries()) {
            if (e.notes() > 0) {
                out.add(e.id());
            }
        }
        return out;
    }

    private Optional<Note> located(String noteId) {
        if (noteId == null || noteId.isBlank()) {
            return Optional.empty();
        }
        for (String id : sourcesWithNotes()) {
            Optional<Source> s = ctx.sourceById(id);
            if (s.isPresent()) {
                Optional<Note> n = ctx.peek(kb -> Annotations.notesOf(s.get()).stream()
                        .filter(x -> noteId.strip().equals(x.getId())).findFirst());
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return Optional.empty();
    }

    private Source source(String id) throws KnowledgeBaseException {
        return ctx.sourceById(id).orElseThrow(() -> new KnowledgeBaseException("no source " + id + " in "
                + ctx.folder() + " (see: lexgraph sources)"));
    }

    private static Annotated requirePassage(Annotated target, Source s) throws KnowledgeBaseException {
        if (!(target instanceof Passage)) {
            throw new KnowledgeBaseException("a selection is in a passage: name the passage of source " + s.getId());
        }
        return target;
    }

    private static HighlightColour colour(String key) throws KnowledgeBaseException {
        try {
            return HighlightColour.of(key);
        } catch (IllegalArgumentException e) {
            throw new KnowledgeBaseException(e.getMessage());
        }
    }

    private KnowledgeBaseException missing(String noteId) {
        return new KnowledgeBaseException("no note " + noteId + " in " + ctx.folder() + " (see: lexgraph notes)");
    }

    /** When a note was made, for views: {@code null} dates (notes of earlier versions) as the epoch. */
    static Instant instant(Date d) {
        return d == null ? Instant.EPOCH : d.toInstant();
    }
}
