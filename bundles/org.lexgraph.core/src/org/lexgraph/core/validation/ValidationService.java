package org.lexgraph.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.lexgraph.core.validation.KnowledgeBaseChecker;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.Problem;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.core.internal.SourceCatalogue;
import org.lexgraph.model.Source;

/**
 * Validation of an open knowledge base: damaged files met while loading, then the model's problems (see
 * {@link KnowledgeBaseChecker}).
 */
public final class ValidationService {

    /** More sources than this to read again are read apart from the model ({@code lexgraph.check.apart}). */
    private static final int APART = 200;

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public ValidationService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /**
     * Validates the knowledge base, reading again only what changed since the last check (see {@link #check(boolean)}).
     */
    public List<Problem> check() {
        return check(false);
    }

    /**
     * Validates the knowledge base: damaged files first, then the model's problems. Unless {@code full}, the check
     * reads again only the sources saved since the last check (their stamps in the catalogue of sources say which),
     * and takes the others' problems from what that check found; identifiers used twice are found from the catalogue,
     * gaps between versions from the works whose regulations changed. A full check loads every source and also finds
     * objects that share an id across sources (which only a damaged or hand-edited file can cause).
     */
    public List<Problem> check(boolean full) {
        if (full) {
            ctx.ensureLoaded();
            List<Problem> problems = damaged();
            problems.addAll(ctx.read(kb -> new KnowledgeBaseChecker().check(kb)));
            return problems;
        }
        SourceCatalogue catalogue = ctx.catalogue();
        KnowledgeBaseChecker checker = new KnowledgeBaseChecker();
        String asks = ctx.peek(kb -> String.join(",", new java.util.TreeSet<>(
                org.lexgraph.core.themes.Themes.asksByKey(kb).keySet())));
        CheckedProblems before = CheckedProblems.read(ctx.folder(), asks);
        CheckedProblems now = new CheckedProblems();
        List<Problem> ofSources = new ArrayList<>();
        List<KnowledgeBaseChecker.Identified> identified = new ArrayList<>();
        java.util.Map<String, List<SourceCatalogue.Entry>> works = new java.util.LinkedHashMap<>();
        List<SourceCatalogue.Entry> entries = catalogue.entries();
        // the sources saved since the last check are read again: a few through the model, many apart from it (on
        // every core, each dropped once checked, so that a first check of 100,000 sources does not hold them all)
        List<String> stale = new ArrayList<>();
        for (SourceCatalogue.Entry e : entries) {
            CheckedProblems.Found found = before.sources.get(e.id());
            if (e.damaged() || found == null || found.stamp() != e.stamp()) {
                stale.add(e.id());
            }
        }
        java.util.Map<String, List<Problem>> rechecked = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Map<String, String> unreadable = new java.util.concurrent.ConcurrentHashMap<>();
        if (stale.size() > Integer.getInteger("lexgraph.check.apart", APART)) {
            ctx.peek(kb -> {
                ctx.store().readApart(stale, kb, (id, s) -> rechecked.put(id, checker.checkSource(s, false)),
                        unreadable::put);
                return null;
            });
        } else {
            for (String id : stale) {
                java.util.Optional<Source> s = ctx.sourceById(id);
                if (s.isPresent()) {
                    rechecked.put(id, ctx.peek(kb -> checker.checkSource(s.get(), false)));
                } else {
                    unreadable.put(id, ctx.store().whyUnreadable(id));
                }
            }
        }
        for (SourceCatalogue.Entry e : entries) {
            if (unreadable.containsKey(e.id())) {
                String file = ctx.store().sourceFile(e.id()).toString();
                if (ctx.loadProblems().stream().noneMatch(p -> p.startsWith(file + ":"))) {
                    ctx.addLoadProblem(file + ": damaged source file: " + unreadable.get(e.id()));
                }
                continue;
            }
            CheckedProblems.Found found = rechecked.containsKey(e.id())
                    ? new CheckedProblems.Found(e.stamp(), null, rechecked.get(e.id())) : before.sources.get(e.id());
            now.sources.put(e.id(), found);
            ofSources.addAll(found.problems());
            identified.add(new KnowledgeBaseChecker.Identified(e.id(), e.title() == null ? e.path() : e.title(),
                    e.identifier()));
            if (e.work() != null) {
                works.computeIfAbsent(e.work(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Problem> problems = damaged();
        problems.addAll(ctx.peek(checker::checkRoot));
        problems.addAll(ofSources);
        problems.addAll(KnowledgeBaseChecker.duplicateIdentifiers(identified));
        for (var w : works.entrySet()) {
            StringBuilder members = new StringBuilder();
            w.getValue().forEach(e -> members.append(e.id()).append(':').append(e.stamp()).append(' '));
            CheckedProblems.Found found = before.works.get(w.getKey());
            if (found == null || !members.toString().equals(found.members())) {
                List<org.lexgraph.model.Regulation> regs = new ArrayList<>();
                for (SourceCatalogue.Entry e : w.getValue()) {
                    ctx.sourceById(e.id()).ifPresent(s -> regs.add((org.lexgraph.model.Regulation) s));
                }
                found = new CheckedProblems.Found(0, members.toString(), ctx.peek(kb -> KnowledgeBaseChecker
                        .chainProblems(org.lexgraph.core.versions.Versions.chainOf(regs))));
            }
            now.works.put(w.getKey(), found);
            problems.addAll(found.problems());
        }
        if (ctx.isWritable()) {
            now.write(ctx.folder(), asks);
        }
        return problems;
    }

    /** The damaged files met so far. */
    private List<Problem> damaged() {
        List<Problem> problems = new ArrayList<>();
        for (String damaged : ctx.loadProblems()) {
            problems.add(new Problem(Problem.Severity.ERROR, "damaged-file", damaged, null, null));
        }
        return problems;
    }
}
