package org.lexgraph.core.baskets;

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
import org.lexgraph.core.baskets.Baskets;
import org.lexgraph.core.QuoteView;
import org.lexgraph.core.themes.Themes;

/**
 * Baskets of an open knowledge base: the quotes a user collects for a letter or brief, with their pinpoints,
 * notes and the asks they support; every change an undoable edit.
 */
public final class BasketService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public BasketService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** The baskets by name, with how many quotes each holds. */
    public Map<String, Integer> names() {
        return ctx.peek(kb -> {
            Map<String, Integer> out = new java.util.LinkedHashMap<>();
            kb.getBaskets().forEach(b -> out.put(b.getName(), b.getQuotes().size()));
            return out;
        });
    }

    /** The quotes of a basket, in order, with their pinpoints and citations. */
    public List<QuoteView> basket(String name) throws KnowledgeBaseException {
        List<QuoteView> out = ctx.read(kb -> {
            org.lexgraph.model.Basket b = Baskets.find(kb, name);
            return b == null ? null : Baskets.views(kb, b);
        });
        if (out == null) {
            throw new KnowledgeBaseException("no basket named '" + name + "' in " + ctx.folder()
                    + " (see: lexgraph basket list)");
        }
        return out;
    }

    /**
     * Adds a quote to a basket (made when it does not exist yet; an undoable edit): the words {@code from} to {@code
     * to} of a passage (null: the whole passage), with its pinpoint; returns the quote's id.
     */
    public String addQuote(String basketName, String sourceId, String passageId, Integer from, Integer to, String note)
            throws KnowledgeBaseException {
        if (basketName == null || basketName.isBlank()) {
            throw new KnowledgeBaseException("a basket needs a name");
        }
        Passage passage = session.object(sourceId, passageId).filter(Passage.class::isInstance).map(Passage.class::cast)
                .orElseThrow(() -> new KnowledgeBaseException("no passage " + passageId + " of source " + sourceId
                        + " in " + ctx.folder()));
        String text = ctx.peek(kb -> passage.getText() == null ? "" : passage.getText());
        int start = from == null ? 0 : from;
        int end = to == null ? text.length() : to;
        if (start < 0 || end > text.length() || start >= end) {
            throw new KnowledgeBaseException("passage " + passageId + " has " + text.length()
                    + " characters: --from and --to must lie within them, from before to (given " + start + " to "
                    + end + ")");
        }
        org.lexgraph.model.Quote q = org.lexgraph.model.LexgraphFactory.eINSTANCE.createQuote();
        q.setSourceId(sourceId);
        q.setPassageId(passageId);
        q.setStart(start);
        q.setEnd(end);
        q.setQuotedText(text.substring(start, end));
        q.setNote(note);
        q.setPinpoint(ctx.read(kb -> Baskets.pinpoint(Baskets.source(kb, sourceId), passage)));
        org.lexgraph.model.Basket existing = ctx.peek(kb -> Baskets.find(kb, basketName));
        if (existing == null) {
            org.lexgraph.model.Basket b = org.lexgraph.model.LexgraphFactory.eINSTANCE.createBasket();
            b.setName(basketName);
            b.getQuotes().add(q);
            session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), ctx.root(),
                    org.lexgraph.model.LexgraphPackage.Literals.KNOWLEDGE_BASE__BASKETS, b));
        } else {
            session.execute(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), existing,
                    org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q));
        }
        return q.getId();
    }

    private org.lexgraph.model.Quote quote(String basketName, String quoteId) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = ctx.read(kb -> {
            org.lexgraph.model.Basket b = Baskets.find(kb, basketName);
            return b == null ? null : b.getQuotes().stream().filter(x -> x.getId().equals(quoteId)).findFirst()
                    .orElse(null);
        });
        if (q == null) {
            throw new KnowledgeBaseException("no quote " + quoteId + " in basket '" + basketName + "' of " + ctx.folder());
        }
        return q;
    }

    /** Moves a quote to a place in its basket (0 = first; an undoable edit). */
    public void moveQuote(String basketName, String quoteId, int index) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = quote(basketName, quoteId);
        org.lexgraph.model.Basket b = (org.lexgraph.model.Basket) q.eContainer();
        int to = Math.max(0, Math.min(index, b.getQuotes().size() - 1));
        session.execute(org.eclipse.emf.edit.command.MoveCommand.create(session.editingDomain(), b,
                org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q, to));
    }

    /** Sets a quote's note (an undoable edit). */
    public void setQuoteNote(String basketName, String quoteId, String note) throws KnowledgeBaseException {
        session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), quote(basketName, quoteId),
                org.lexgraph.model.LexgraphPackage.Literals.QUOTE__NOTE, note));
    }

    /** Sets the asks a quote supports (an undoable edit). */
    public void setQuoteAsks(String basketName, String quoteId, List<String> askKeys) throws KnowledgeBaseException {
        Map<String, org.lexgraph.model.Ask> asks = ctx.peek(Themes::asksByKey);
        List<org.lexgraph.model.Ask> chosen = new ArrayList<>();
        for (String k : askKeys) {
            org.lexgraph.model.Ask a = asks.get(k);
            if (a == null) {
                throw new KnowledgeBaseException("no ask " + k + " in " + ctx.folder() + " (see: lexgraph taxonomy)");
            }
            chosen.add(a);
        }
        session.execute(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), quote(basketName, quoteId),
                org.lexgraph.model.LexgraphPackage.Literals.QUOTE__ASKS, chosen));
    }

    /** Removes a quote from its basket (an undoable edit). */
    public void removeQuote(String basketName, String quoteId) throws KnowledgeBaseException {
        org.lexgraph.model.Quote q = quote(basketName, quoteId);
        session.execute(org.eclipse.emf.edit.command.RemoveCommand.create(session.editingDomain(), q.eContainer(),
                org.lexgraph.model.LexgraphPackage.Literals.BASKET__QUOTES, q));
    }
}
