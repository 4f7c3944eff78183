package org.lexgraph.core.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lexgraph.core.citations.CitationLinker;
import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.SavedSearchReport;
import org.lexgraph.core.SourceKind;
import org.lexgraph.core.SourceSummary;
import org.lexgraph.core.internal.Actors;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.index.PassageIndex;
import org.lexgraph.query.QuerySyntaxException;
import org.lexgraph.query.SearchFilter;
import org.lexgraph.query.SearchResult;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/**
 * Searching an open knowledge base: the query front (citations typed into a query are answered first), matches in
 * one source, completion of query fields, and saved searches.
 */
public final class SearchService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public SearchService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** Saves a query under a name (an undoable command); a kind filter is kept as {@code kind:KEY}. */
    public void saveSearch(String name, String query, SourceKind kind) throws KnowledgeBaseException {
        saveSearch(name, query, SearchFilter.ofKind(kind == null ? null : kind.key()));
    }

    /**
     * Saves a query with its filters under a name (an undoable command); the filter's field values are kept as
     * {@code field:value} (dates and source sets are not kept: a saved search is about what is found, not when).
     */
    public void saveSearch(String name, String query, SearchFilter filter) throws KnowledgeBaseException {
        if (name == null || name.isBlank()) {
            throw new KnowledgeBaseException("a saved search needs a name");
        }
        if (ctx.peek(kb -> kb.getSavedSearches().stream().anyMatch(x -> name.equals(x.getName())))) {
            throw new KnowledgeBaseException("a saved search named '" + name + "' exists already in " + ctx.folder());
        }
        org.lexgraph.model.SavedSearch saved = org.lexgraph.model.LexgraphFactory.eINSTANCE.createSavedSearch();
        saved.setName(name);
        saved.setQuery(query);
        saved.setLastRun(new java.util.Date()); // hits are new from the moment the search is saved
        filter.values().forEach((field, values) -> values.forEach(v -> saved.getFilters().add(field + ":" + v)));
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), ctx.root(),
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES, saved));
    }

    /** Deletes a saved search (an undoable command). */
    public void deleteSavedSearch(String name) throws KnowledgeBaseException {
        org.lexgraph.model.SavedSearch saved = ctx.peek(kb -> kb.getSavedSearches().stream()
                .filter(x -> name.equals(x.getName())).findFirst().orElse(null));
        if (saved == null) {
            throw new KnowledgeBaseException("no saved search named '" + name + "' in " + ctx.folder());
        }
        session.execute(org.eclipse.emf.edit.command.RemoveCommand.create(session.editingDomain(), ctx.root(),
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__SAVED_SEARCHES, saved));
    }

    /** A saved search's filters ({@code field:value}) as a search filter; unknown fields are left out. */
    public static SearchFilter filterOf(List<String> filters) {
        SearchFilter f = SearchFilter.NONE;
        for (String x : filters) {
            int colon = x.indexOf(':');
            if (colon > 0 && SearchFilter.isField(x.substring(0, colon))) {
                try {
                    f = f.with(x.substring(0, colon), x.substring(colon + 1));
                } catch (IllegalArgumentException e) {
                    // a value the field cannot take (a year that is not a number): left out, as it can match nothing
                }
            }
        }
        return f;
    }

    /**
     * Runs every saved search. A hit is new when its source was imported after the search last ran, or is one of
     * {@code newSources} (the sources an import just brought). With {@code remember}, each search's run time and hit
     * count are saved, so that the next report counts from now.
     */
    public List<SavedSearchReport> runSavedSearches(java.util.Set<String> newSources, boolean remember)
            throws KnowledgeBaseException, IOException {
        record Saved(String name, String query, List<String> filters, java.util.Date lastRun) {
        }
        List<Saved> all = ctx.peek(kb -> kb.getSavedSearches().stream().map(x -> new Saved(x.getName(), x.getQuery(),
                List.copyOf(x.getFilters()), x.getLastRun())).toList());
        if (all.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, java.time.Instant> imported = new java.util.HashMap<>();
        for (SourceSummary s : session.library().sources()) {
            imported.put(s.id(), s.importedAt());
        }
        List<SavedSearchReport> out = new ArrayList<>();
        for (Saved saved : all) {
            SearchFilter filter = filterOf(saved.filters());
            SearchResult r;
            try {
                r = run(saved.query(), 10_000, filter, false);
            } catch (QuerySyntaxException e) {
                out.add(new SavedSearchReport(saved.name(), saved.query(), filter.kind(), saved.filters(), 0, 0));
                continue;
            }
            long fresh = r.hits().stream().filter(h -> newSources.contains(h.sourceId()) || (saved.lastRun() != null
                    && imported.get(h.sourceId()) != null
                    && imported.get(h.sourceId()).isAfter(saved.lastRun().toInstant()))).count();
            out.add(new SavedSearchReport(saved.name(), saved.query(), filter.kind(), saved.filters(), r.totalHits(),
                    fresh));
        }
        if (remember && ctx.isWritable() && !out.isEmpty()) {
            java.util.Date now = new java.util.Date();
            session.applyChange(kb -> {
                for (org.lexgraph.model.SavedSearch x : kb.getSavedSearches()) {
                    out.stream().filter(rep -> rep.name().equals(x.getName())).findFirst().ifPresent(rep -> {
                        x.setLastRun(now);
                        x.setLastHitCount((int) Math.min(Integer.MAX_VALUE, rep.hits()));
                    });
                }
            });
        }
        return out;
    }

    /** The fields a query may name, for completion. */
    public static final List<String> QUERY_FIELDS = List.of("kind:", "year:", "date:", "municipality:", "dossier:",
            "court:", "actor:", "theme:", "collection:", "ecli:");

    /**
     * Values a query field may take that begin with {@code prefix} (any case), for completion: source kinds, years,
     * municipalities, dossiers, courts, actors, ask and theme keys, collections, and the ECLI, BWB and CVDR ids of
     * the knowledge base's sources ({@code field} "id"). At most {@code max}, sorted.
     */
    public List<String> suggestions(String field, String prefix, int max) {
        String p = prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT);
        java.util.TreeSet<String> out = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        java.util.function.Consumer<String> offer = v -> {
            if (v != null && !v.isBlank() && v.toLowerCase(java.util.Locale.ROOT).startsWith(p)) {
                out.add(v.strip());
            }
        };
        ctx.read(kb -> {
            switch (field) {
                case "kind" -> java.util.Arrays.stream(SourceKind.values()).map(SourceKind::key).forEach(offer);
                case "actor" -> kb.getActors().forEach(a -> offer.accept(a.getName()));
                case "collection" -> {
                    java.util.ArrayDeque<org.lexgraph.model.Collection> todo = new java.util.ArrayDeque<>(
                            kb.getCollections());
                    while (!todo.isEmpty()) {
                        org.lexgraph.model.Collection c = todo.pop();
                        offer.accept(c.getName());
                        todo.addAll(c.getChildren());
                    }
                }
                case "theme" -> kb.getTaxonomies().forEach(t -> t.getThemes().forEach(th -> {
                    offer.accept(th.getKey());
                    th.getAsks().forEach(a -> offer.accept(a.getKey()));
                }));
                default -> {
                    for (Source s : kb.getSources()) {
                        if (s.eIsProxy() || s.getStatus() != SourceStatus.OK) {
                            continue;
                        }
                        switch (field) {
                            case "municipality" -> offer.accept(Actors.municipalityOf(s));
                            case "court" -> offer.accept(Actors.courtOf(s));
                            case "year" -> offer.accept(s.getDate() == null ? null : Integer.toString(
                                    s.getDate().toInstant().atZone(java.time.ZoneOffset.UTC).getYear()));
                            case "dossier" -> {
                                if (s instanceof org.lexgraph.model.ParliamentaryPaper pp) {
                                    offer.accept(pp.getDossier());
                                }
                            }
                            case "ecli", "id" -> {
                                if (s instanceof org.lexgraph.model.Ruling r) {
                                    offer.accept(r.getEcli());
                                } else if (field.equals("id") && s instanceof org.lexgraph.model.Regulation r) {
                                    offer.accept(r.getWorkId());
                                }
                            }
                            default -> {
                            }
                        }
                    }
                }
            }
            return null;
        });
        return out.stream().limit(max).toList();
    }

    /**
     * Searches the passages; see {@link PassageIndex#search}. Citations typed into the query ({@code 36600 XVI nr.
     * 161}, {@code ECLI:NL:RVS:2019:625}, {@code CVDR641839}) are recognised and answered first: the cited document
     * itself, then the passages that cite it.
     */
    public SearchResult run(String query, int limit) throws QuerySyntaxException, IOException {
        return run(query, limit, null);
    }

    /** As {@link #run(String, int)}, keeping only sources of one kind when {@code kind} is given. */
    public SearchResult run(String query, int limit, SourceKind kind) throws QuerySyntaxException, IOException {
        return run(query, limit, kind, false);
    }

    /** As above; with {@code facets}, the result also counts all matches per source kind and year. */
    public SearchResult run(String query, int limit, SourceKind kind, boolean facets)
            throws QuerySyntaxException, IOException {
        return run(query, limit, SearchFilter.ofKind(kind == null ? null : kind.key()), facets);
    }

    /** As above with any filter: kind, municipality, dossier, court, date range. */
    public SearchResult run(String query, int limit, SearchFilter filter, boolean facets)
            throws QuerySyntaxException, IOException {
        return run(org.lexgraph.query.SearchRequest.of(query, limit).withFilter(filter).withFacets(facets));
    }

    /**
     * Searches as the request says (filters, order, paging, grouping by source, facets, highlights, more like a
     * passage). Citations typed into the query ({@code 36600 XVI nr. 161}, {@code ECLI:NL:RVS:2019:625}, {@code
     * ecli:NL:RVS:2019:625}, {@code CVDR641839}) are recognised and answered first: the cited document itself, then
     * the passages that cite it.
     */
    public SearchResult run(org.lexgraph.query.SearchRequest request) throws QuerySyntaxException, IOException {
        org.lexgraph.index.PassageSearch idx = ctx.searcher();
        String query = request.query();
        if ((query == null || query.isBlank()) && request.likePassage() == null) {
            throw new QuerySyntaxException("empty query: type one or more words", null);
        }
        if (idx == null) {
            return new SearchResult(query, 0, List.of());
        }
        if (query == null || query.isBlank()) {
            return idx.search(request, List.of(), "", ctx.thesaurus());
        }
        // identifier fields written before a citation (ecli:ECLI:NL:..., ecli:NL:..., cvdr:CVDR...) are the citation
        query = IDENTIFIER_FIELD.matcher(query).replaceAll(m -> m.group(1).equalsIgnoreCase("ecli")
                && !m.group(2).regionMatches(true, 0, "ECLI:", 0, 5) ? "ECLI:" : "");
        List<org.lexgraph.cite.Citation> cited = ctx.scanner().scan(query);
        if (cited.isEmpty()) {
            return idx.search(request.withQuery(query), List.of(), "", ctx.thesaurus());
        }
        StringBuilder rest = new StringBuilder();
        StringBuilder literals = new StringBuilder();
        int at = 0;
        List<String> keys = new ArrayList<>();
        for (org.lexgraph.cite.Citation c : cited) {
            rest.append(query, at, c.start()).append(' ');
            literals.append(query, c.start(), c.end()).append(' ');
            at = c.end();
            keys.addAll(articleKeys(c.key()));
            String base = CitationLinker.baseKey(c.key());
            if (!base.equals(c.key())) {
                keys.add(base);
            }
        }
        rest.append(query.substring(at));
        SearchResult r = idx.search(request.withQuery(rest.toString()), keys, literals.toString(), ctx.thesaurus());
        return r.asTyped(request.query(), r.notice());
    }

    /** Weighs the evidence of later searches as {@code options} says: for the relevance benchmarks' ablations. */
    public void rankWith(org.lexgraph.index.RankingOptions options) {
        org.lexgraph.index.PassageSearch idx = ctx.searcher();
        if (idx != null) {
            idx.rankWith(options);
        }
    }

    /**
     * The key of a cited article as the index has it, lower case: {@code bwb:BWBR0002656:art:1:19e} (Burgerlijk
     * Wetboek, book 1) is article 19e of that book's BWB id, so both forms are searched.
     */
    public static List<String> articleKeys(String key) {
        String article = CitationLinker.articleOf(key);
        if (article == null) {
            return List.of(key);
        }
        String base = CitationLinker.baseKey(key);
        List<String> out = new ArrayList<>(List.of(base + ":art:" + article.toLowerCase(java.util.Locale.ROOT)));
        int book = article.indexOf(':');
        if (book > 0) {
            out.add(base + ":art:" + article.substring(book + 1).toLowerCase(java.util.Locale.ROOT));
        }
        if (!out.contains(key)) {
            out.add(key);
        }
        return out;
    }

    /** {@code ecli:}, {@code cvdr:}, {@code bwb:} or {@code kst:} before what follows it (group 2). */
    private static final java.util.regex.Pattern IDENTIFIER_FIELD = java.util.regex.Pattern
            .compile("(?i)\\b(ecli|cvdr|bwb|kst):(?=(\\S+))");

    /**
     * Where the query matches in each passage of one source: for the document view, which marks every match and
     * steps from one to the next. Passages without a match are left out.
     */
    public Map<String, List<org.lexgraph.query.SearchHit.Span>> matchesIn(String query, String sourceId)
            throws QuerySyntaxException, IOException {
        SearchResult r = run(org.lexgraph.query.SearchRequest.of(query, 10_000)
                .withFilter(SearchFilter.NONE.withSources(java.util.Set.of(sourceId))).withHighlights(true));
        Map<String, List<org.lexgraph.query.SearchHit.Span>> out = new HashMap<>();
        for (org.lexgraph.query.SearchHit h : r.hits()) {
            if (!h.highlights().isEmpty()) {
                out.put(h.passageId(), h.highlights());
            }
        }
        return out;
    }
}
