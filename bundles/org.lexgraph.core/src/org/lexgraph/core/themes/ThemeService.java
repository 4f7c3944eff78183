package org.lexgraph.core.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lexgraph.core.KnowledgeBaseException;
import org.lexgraph.core.KnowledgeBaseSession;
import org.lexgraph.core.internal.SessionContext;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Passage;
import org.lexgraph.model.Source;
import org.lexgraph.core.Taxonomies;
import org.lexgraph.core.TaxonomyEntry;
import org.lexgraph.core.TaxonomyReader;
import org.lexgraph.core.themes.ThemeLinker;
import org.lexgraph.core.themes.Themes;
import org.lexgraph.query.QuerySyntaxException;

/**
 * Themes of an open knowledge base: the taxonomies (the letter's themes and asks, and others added), the
 * links between passages and asks (proposed by the linker, decided or made by the user) and their coverage.
 */
public final class ThemeService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public ThemeService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /**
     * Runs the theme linker over the given sources (null: all) and writes its proposals as links; links the user
     * confirmed, rejected or made stay as they are. See {@link ThemeLinker}.
     */
    public Themes.LinkReport linkThemes(java.util.Set<String> sourceIds) throws KnowledgeBaseException {
        ctx.requireWritable();
        List<ThemeLinker.Proposal> proposals = propose(sourceIds);
        if (proposals == null) {
            return new Themes.LinkReport(0, 0, 0, 0);
        }
        Themes.LinkReport[] report = new Themes.LinkReport[1];
        // the sources in scope found by id: a lazy session (an import) loads no others; only the passages that gained
        // or lost a link are indexed again, not their sources' whole texts
        ctx.changePassages(() -> {
            Map<String, java.util.Set<String>> touched = new java.util.HashMap<>();
            report[0] = Themes.write(ctx.root(), proposals, sourceIds,
                    sourceIds == null ? null : id -> ctx.sourceById(id).orElse(null), touched);
            return touched;
        });
        return report[0];
    }

    /**
     * For an import batch, under the import's write lock and after its sources were indexed (not yet saved): links
     * their passages as {@link #linkThemes} does, in the model only, so that each source is saved once with its links;
     * returns the passages that gained or lost a link, by source id, for the import to index again.
     */
    public Map<String, java.util.Set<String>> linkInImport(java.util.Set<String> sourceIds)
            throws KnowledgeBaseException {
        Map<String, java.util.Set<String>> touched = new HashMap<>();
        List<ThemeLinker.Proposal> proposals = sourceIds.isEmpty() ? null : propose(sourceIds);
        if (proposals != null) {
            Themes.write(ctx.root(), proposals, sourceIds, id -> ctx.sourceById(id).orElse(null), touched);
        }
        return touched;
    }

    /** The linker's proposals for these sources (null: all); null when there is nothing to link with. */
    private List<ThemeLinker.Proposal> propose(java.util.Set<String> sourceIds) throws KnowledgeBaseException {
        List<ThemeLinker.Profile> profiles = ctx.peek(Themes::profiles); // the root's taxonomies: no source loaded
        if (profiles.isEmpty() || ctx.index() == null) {
            return null;
        }
        try {
            return new ThemeLinker(ctx.index(), ctx.thesaurus()).propose(profiles, sourceIds);
        } catch (IOException | QuerySyntaxException e) {
            throw new KnowledgeBaseException("the theme linker could not search " + ctx.folder() + ": " + e.getMessage(), e);
        }
    }

    /** The theme links, of one ask (or theme: T1 takes T1.1, T1.2, ...) and in one state when given. */
    public List<Themes.LinkView> themeLinks(String askKey, String state) {
        if (!ctx.isLoaded()) {
            // the sources whose catalogue entry names such links, loaded alone
            List<org.lexgraph.model.Source> linked = new ArrayList<>();
            for (org.lexgraph.core.internal.SourceCatalogue.Entry e : ctx.catalogue().entries()) {
                if (e.ok() && e.themeLinks() > 0 && mayHold(e, askKey, state)) {
                    ctx.sourceById(e.id()).ifPresent(linked::add);
                }
            }
            return ctx.peek(kb -> Themes.links(linked, askKey, state, null));
        }
        return ctx.read(kb -> Themes.links(kb, askKey, state));
    }

    /**
     * Whether a source may hold links of an ask (or of a theme's asks) in a state, as its catalogue entry says (it
     * lists the links that are not rejected; for rejected ones every source with links may).
     */
    private static boolean mayHold(org.lexgraph.core.internal.SourceCatalogue.Entry e, String askKey, String state) {
        if (state != null && state.equalsIgnoreCase("rejected")) {
            return true;
        }
        String letter = state == null ? null : state.equalsIgnoreCase("confirmed") ? "c" : "p";
        for (String link : e.links()) {
            int colon = link.lastIndexOf(':');
            String key = link.substring(0, colon).toLowerCase(java.util.Locale.ROOT);
            boolean ask = askKey == null || key.equals(askKey.toLowerCase(java.util.Locale.ROOT))
                    || key.startsWith(askKey.toLowerCase(java.util.Locale.ROOT) + ".");
            if (ask && (letter == null || link.endsWith(":" + letter))) {
                return true;
            }
        }
        return false;
    }

    /** The theme links of one source's passages. */
    public List<Themes.LinkView> themeLinksOf(String sourceId) {
        // that source alone (loaded alone in a lazy session)
        return ctx.sourceById(sourceId).map(s -> ctx.peek(kb -> Themes.links(List.of(s), null, null, sourceId)))
                .orElse(List.of());
    }

    /** The links per row (municipality, kind or year) and ask. */
    public Themes.Coverage coverage(Themes.By by) {
        if (!ctx.isLoaded()) {
            // from the catalogue: no source loaded
            List<org.lexgraph.core.internal.SourceCatalogue.Entry> entries = ctx.catalogue().entries();
            return ctx.peek(kb -> Themes.coverage(kb, by, entries));
        }
        return ctx.read(kb -> Themes.coverage(kb, by));
    }

    /** Confirms or rejects a link (an undoable edit); the linker never changes it again. */
    public void decideLink(String linkId, org.lexgraph.model.LinkState state) throws KnowledgeBaseException {
        org.lexgraph.model.ThemeLink link = ctx.read(kb -> findLink(kb, linkId));
        if (link == null) {
            throw new KnowledgeBaseException("no theme link " + linkId + " in " + ctx.folder());
        }
        session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), link,
                org.lexgraph.model.LexgraphPackage.Literals.THEME_LINK__STATE, state));
    }

    /** Links a passage to an ask by hand (an undoable edit): confirmed, made by the user. */
    public void addThemeLink(String sourceId, String passageId, String askKey) throws KnowledgeBaseException {
        Passage passage = session.object(sourceId, passageId).filter(Passage.class::isInstance).map(Passage.class::cast)
                .orElseThrow(() -> new KnowledgeBaseException("no passage " + passageId + " of source " + sourceId
                        + " in " + ctx.folder()));
        org.lexgraph.model.Ask ask = ctx.peek(kb -> Themes.asksByKey(kb).get(askKey));
        if (ask == null) {
            throw new KnowledgeBaseException("no ask " + askKey + " in " + ctx.folder() + " (see: lexgraph taxonomy)");
        }
        if (ctx.peek(kb -> passage.getThemeLinks().stream().anyMatch(l -> l.getAsk() == ask
                && l.getState() != org.lexgraph.model.LinkState.REJECTED))) {
            throw new KnowledgeBaseException("passage " + passageId + " is linked to " + askKey + " already");
        }
        org.lexgraph.model.ThemeLink link = org.lexgraph.model.LexgraphFactory.eINSTANCE.createThemeLink();
        link.setAsk(ask);
        link.setScore(1);
        link.setOrigin(org.lexgraph.model.LinkOrigin.MANUAL);
        link.setState(org.lexgraph.model.LinkState.CONFIRMED);
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), passage,
                org.lexgraph.model.LexgraphPackage.Literals.PASSAGE__THEME_LINKS, link));
    }

    private static org.lexgraph.model.ThemeLink findLink(KnowledgeBase kb, String linkId) {
        for (Source s : kb.getSources()) {
            if (s.eIsProxy()) {
                continue;
            }
            for (Passage p : s.getPassages()) {
                for (org.lexgraph.model.ThemeLink l : p.getThemeLinks()) {
                    if (linkId.equals(l.getId())) {
                        return l;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Adds a taxonomy read from the tab-separated form of {@link TaxonomyReader}; its key must be new.
     *
     * @return the number of themes and asks added
     */
    public int addTaxonomy(java.io.BufferedReader in, String key, String name) throws IOException,
            KnowledgeBaseException {
        org.lexgraph.model.Taxonomy taxonomy = new TaxonomyReader().read(in, key, name);
        if (ctx.peek(kb -> kb.getTaxonomies().stream().anyMatch(t -> key.equals(t.getKey())))) {
            throw new KnowledgeBaseException("a taxonomy with the key " + key + " exists already in " + ctx.folder());
        }
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), ctx.root(),
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES, taxonomy));
        return countEntries(taxonomy);
    }

    /**
     * Adds a taxonomy a bundle contributes ({@link Taxonomies}) by its key.
     *
     * @return the number of themes and asks added
     */
    public int addContributedTaxonomy(String key) throws IOException, KnowledgeBaseException {
        Taxonomies.Offered o = Taxonomies.find(key).orElseThrow(() -> new KnowledgeBaseException(
                "no contributed taxonomy " + key + "; there are " + Taxonomies.contributed().stream()
                        .map(Taxonomies.Offered::key).toList()));
        try (java.io.BufferedReader in = Taxonomies.open(o)) {
            return addTaxonomy(in, o.key(), o.name());
        }
    }

    /** A new knowledge base gets the contributed taxonomies marked default; one that cannot be read is logged. */
    public void addDefaultTaxonomies() {
        for (Taxonomies.Offered o : Taxonomies.contributed()) {
            if (o.isDefault()) {
                try {
                    addContributedTaxonomy(o.key());
                } catch (IOException | KnowledgeBaseException e) {
                    java.util.logging.Logger.getLogger(ThemeService.class.getName()).warning(
                            "taxonomy " + o.key() + " of " + o.bundle() + " not added: " + e.getMessage());
                }
            }
        }
    }

    private static int countEntries(org.lexgraph.model.Taxonomy t) {
        int n = 0;
        for (org.lexgraph.model.Theme th : t.getThemes()) {
            n += 1 + th.getAsks().size();
        }
        return n;
    }

    /** Every theme followed by its asks, taxonomy by taxonomy. */
    public List<TaxonomyEntry> taxonomy() {
        return ctx.peek(kb -> {
            List<TaxonomyEntry> out = new ArrayList<>();
            for (org.lexgraph.model.Taxonomy t : kb.getTaxonomies()) {
                for (org.lexgraph.model.Theme th : t.getThemes()) {
                    out.add(new TaxonomyEntry(t.getKey(), th.getKey(), th.getLabel(), null));
                    for (org.lexgraph.model.Ask a : th.getAsks()) {
                        out.add(new TaxonomyEntry(t.getKey(), a.getKey(), a.getLabel(), th.getKey()));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Adds an empty taxonomy with a name (an undoable edit); its key is the first free {@code taxonomy-N}.
     *
     * @return the new taxonomy, for a view to select
     */
    public org.lexgraph.model.Taxonomy newTaxonomy(String name) throws KnowledgeBaseException {
        org.lexgraph.model.Taxonomy t = org.lexgraph.model.LexgraphFactory.eINSTANCE.createTaxonomy();
        t.setName(name);
        t.setKey(ctx.peek(kb -> freeKey("taxonomy-", kb.getTaxonomies().stream()
                .map(org.lexgraph.model.Taxonomy::getKey).toList())));
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), ctx.root(),
                org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__TAXONOMIES, t));
        return t;
    }

    /**
     * Adds a theme to a taxonomy (an undoable edit); its key is the first free {@code T}N of that taxonomy.
     *
     * @return the new theme
     */
    public org.lexgraph.model.Theme newTheme(org.lexgraph.model.Taxonomy taxonomy, String label)
            throws KnowledgeBaseException {
        org.lexgraph.model.Theme theme = org.lexgraph.model.LexgraphFactory.eINSTANCE.createTheme();
        theme.setKey(ctx.peek(kb -> freeKey("T", taxonomy.getThemes().stream()
                .map(org.lexgraph.model.Theme::getKey).toList())));
        theme.setLabel(label);
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), taxonomy,
                org.lexgraph.model.LexgraphPackage.Literals.TAXONOMY__THEMES, theme));
        return theme;
    }

    /**
     * Adds an ask to a theme (an undoable edit); its key is the theme's key and the first free number ({@code T2.3}).
     *
     * @return the new ask
     */
    public org.lexgraph.model.Ask newAsk(org.lexgraph.model.Theme theme, String label) throws KnowledgeBaseException {
        org.lexgraph.model.Ask ask = org.lexgraph.model.LexgraphFactory.eINSTANCE.createAsk();
        ask.setKey(ctx.peek(kb -> freeKey(theme.getKey() + ".", theme.getAsks().stream()
                .map(org.lexgraph.model.Ask::getKey).toList())));
        ask.setLabel(label);
        session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), theme,
                org.lexgraph.model.LexgraphPackage.Literals.THEME__ASKS, ask));
        return ask;
    }

    /** {@code prefix} and the lowest number from 1 that no key in {@code taken} has. */
    static String freeKey(String prefix, List<String> taken) {
        for (int n = 1;; n++) {
            String key = prefix + n;
            if (!taken.contains(key)) {
                return key;
            }
        }
    }
}
