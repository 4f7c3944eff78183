package org.lexgraph.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lexgraph.core.citations.CitationLinker;
import org.lexgraph.core.SourceKind;
import org.lexgraph.index.IndexSchema;
import org.lexgraph.index.PassageRecord;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;

/** What the index holds of a source: one record per passage, with the source's keys, filters and collections. */
public final class IndexRecords {

    private IndexRecords() {
    }

    /** As {@link #of(Source, Map)}, finding the source's collections itself (for one source at a time). */
    public static List<PassageRecord> of(Source s) {
        return of(s, s.eContainer() instanceof KnowledgeBase kb ? filing(kb) : Map.of());
    }

    /**
     * The index records of a source's passages; {@code filed} says which collections hold which sources (see {@link
     * #filing}), worked out once for all the sources being indexed.
     */
    public static List<PassageRecord> of(Source s, Map<String, Set<String>> filed) {
        String kind = SourceKind.of(s).key();
        List<String> identifiers = List.copyOf(CitationLinker.identifierKeys(s));
        java.time.LocalDate day = s.getDate() == null ? null
                : s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        int year = day == null ? 0 : day.getYear();
        int date = day == null ? 0 : day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
        Map<String, List<String>> keywords = new HashMap<>();
        String municipality = Actors.municipalityOf(s);
        if (municipality != null) {
            keywords.put(IndexSchema.MUNICIPALITY, List.of(municipality));
        }
        String court = Actors.courtOf(s);
        if (court != null) {
            keywords.put(IndexSchema.COURT, List.of(court));
        }
        if (s instanceof org.lexgraph.model.ParliamentaryPaper pp && pp.getDossier() != null) {
            keywords.put(IndexSchema.DOSSIER, pp.getDossierChapter() == null
                    ? List.of(pp.getDossier()) : List.of(pp.getDossier(), pp.getDossier() + "-" + pp.getDossierChapter()));
        }
        List<String> actors = new ArrayList<>();
        if (s.getPublisher() != null && s.getPublisher().getName() != null) {
            actors.add(s.getPublisher().getName());
        }
        for (org.lexgraph.model.Actor a : s.getAuthors()) {
            if (a.getName() != null && !actors.contains(a.getName())) {
                actors.add(a.getName());
            }
        }
        if (!actors.isEmpty()) {
            keywords.put(IndexSchema.ACTOR, actors);
        }
        List<String> collections = List.copyOf(filed.getOrDefault(s.getId(), Set.of()));
        if (!collections.isEmpty()) {
            keywords.put(IndexSchema.COLLECTION, collections);
        }
        List<PassageRecord> out = new ArrayList<>(s.getPassages().size());
        boolean articles = s.getPassages().stream().anyMatch(p -> articleNumber(p.getElement()) != null);
        for (Passage p : s.getPassages()) {
            Map<String, List<String>> fields = keywords;
            List<String> themes = themesOf(p);
            boolean outside = articles && articleNumber(p.getElement()) == null;
            if (!themes.isEmpty() || outside) {
                fields = new HashMap<>(keywords);
                if (!themes.isEmpty()) {
                    fields.put(IndexSchema.THEME, themes);
                }
                if (outside) {
                    fields.put(IndexSchema.PART, List.of(IndexSchema.OUTSIDE_ARTICLE));
                }
            }
            List<String> cites = new ArrayList<>(p.getCitations().size());
            for (org.lexgraph.model.Citation c : p.getCitations()) {
                cites.add(c.getTargetKey());
                String base = CitationLinker.baseKey(c.getTargetKey());
                if (!base.equals(c.getTargetKey())) {
                    cites.add(base);
                }
            }
            // every passage carries its source's identifiers (a citation query finds the document; results grouped
            // by source show it once) and, in a regulation, the key of its article (art. 10 Vw 2000 finds article 10)
            List<String> own = identifiers;
            String article = articleNumber(p.getElement());
            if (article != null && !identifiers.isEmpty()) {
                own = new ArrayList<>(identifiers);
                for (String id : identifiers) {
                    own.add(id + ":art:" + article);
                }
            }
            out.add(new PassageRecord(p.getId(), s.getId(), s.getTitle(), kind, s.getOriginalPath(), p.getPage(),
                    p.getAnchor(), p.getOrdinal(), p.getText(), cites, own, year, date, fields,
                    notesOf(p, out.isEmpty() ? s : null)));
        }
        return out;
    }

    /** The text of the notes on a passage (and on its source, when given), with the words they mark; or null. */
    static String notesOf(Passage p, Source alsoOf) {
        if (p.getNotes().isEmpty() && (alsoOf == null || alsoOf.getNotes().isEmpty())) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        java.util.function.Consumer<org.lexgraph.model.Note> add = n -> {
            if (n.getText() != null && !n.getText().isBlank()) {
                out.append(out.length() == 0 ? "" : "\n").append(n.getText().strip());
            }
        };
        if (alsoOf != null) {
            alsoOf.getNotes().forEach(add);
        }
        p.getNotes().forEach(add);
        return out.length() == 0 ? null : out.toString();
    }

    /** The number of the article an element belongs to (itself, or the article above a lid), or null. */
    static String articleNumber(org.lexgraph.model.StructureElement e) {
        for (org.lexgraph.model.StructureElement at = e; at != null; at = at.eContainer()
                instanceof org.lexgraph.model.StructureElement up ? up : null) {
            if (at.getKind() == org.lexgraph.model.StructureKind.ARTICLE && at.getNumber() != null
                    && !at.getNumber().isBlank()) {
                return at.getNumber().strip().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return null;
    }

    /** The asks a passage is linked to and their themes (T1.2 and T1), unless the user rejected the link. */
    static List<String> themesOf(Passage p) {
        List<String> out = new ArrayList<>();
        for (org.lexgraph.model.ThemeLink l : p.getThemeLinks()) {
            if (l.getState() == org.lexgraph.model.LinkState.REJECTED || l.getAsk() == null
                    || l.getAsk().getKey() == null) {
                continue;
            }
            if (!out.contains(l.getAsk().getKey())) {
                out.add(l.getAsk().getKey());
            }
            if (l.getAsk().eContainer() instanceof org.lexgraph.model.Theme t && t.getKey() != null
                    && !out.contains(t.getKey())) {
                out.add(t.getKey());
            }
        }
        return out;
    }

    /**
     * Which collections (by name) hold each filed source, by its id: read from the collections' references without
     * loading the sources they name.
     */
    public static Map<String, Set<String>> filing(KnowledgeBase kb) {
        Map<String, Set<String>> out = new HashMap<>();
        java.util.ArrayDeque<org.lexgraph.model.Collection> todo = new java.util.ArrayDeque<>(kb.getCollections());
        while (!todo.isEmpty()) {
            org.lexgraph.model.Collection c = todo.pop();
            @SuppressWarnings("unchecked")
            org.eclipse.emf.ecore.util.InternalEList<Source> refs =
                    (org.eclipse.emf.ecore.util.InternalEList<Source>) c.getSources();
            for (int i = 0; i < refs.size(); i++) {
                out.computeIfAbsent(SourceCatalogue.idOf(refs.basicGet(i)), k -> new java.util.TreeSet<>())
                        .add(String.valueOf(c.getName()));
            }
            todo.addAll(c.getChildren());
        }
        return out;
    }
}
