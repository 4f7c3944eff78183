package org.lexgraph.core.internal;


import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.lexgraph.model.Actor;
import org.lexgraph.model.ActorKind;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphFactory;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;

/**
 * Actors named by imported documents (courts, municipalities, ministries, signatories): created detached by the
 * recogniser, and merged into the knowledge base's actors when their source is attached, so that every document of
 * the municipality of Utrecht points at one actor "Utrecht".
 */
public final class Actors {

    private static final List<EReference> ACTOR_REFERENCES = List.of(LexgraphPackage.Literals.SOURCE__PUBLISHER,
            LexgraphPackage.Literals.SOURCE__AUTHORS, LexgraphPackage.Literals.SOURCE__SIGNATORIES,
            LexgraphPackage.Literals.REGULATION__AUTHORITY, LexgraphPackage.Literals.REGULATION__MUNICIPALITY,
            LexgraphPackage.Literals.RULING__COURT);

    private Actors() {
    }

    public static Actor detached(ActorKind kind, String name) {
        Actor a = LexgraphFactory.eINSTANCE.createActor();
        a.setKind(kind);
        a.setName(name.strip());
        return a;
    }

    /** Replaces the source's detached actors by the knowledge base's actor of the same kind and name, adding new ones. */
    @SuppressWarnings("unchecked")
    public static void adopt(KnowledgeBase root, Source source) {
        for (EReference ref : ACTOR_REFERENCES) {
            if (!ref.getEContainingClass().isInstance(source)) {
                continue;
            }
            if (ref.isMany()) {
                List<Actor> list = (List<Actor>) source.eGet(ref);
                for (Actor a : new ArrayList<>(list)) {
                    Actor kept = find(root, a);
                    if (kept != a) {
                        list.set(list.indexOf(a), kept);
                    }
                }
            } else {
                Actor a = (Actor) source.eGet(ref);
                if (a != null) {
                    Actor kept = find(root, a);
                    if (kept != a) {
                        source.eSet(ref, kept);
                    }
                }
            }
        }
    }

    private static Actor find(KnowledgeBase root, Actor a) {
        if (((EObject) a).eContainer() != null) {
            return a;
        }
        String name = a.getName().toLowerCase(Locale.ROOT);
        for (Actor existing : root.getActors()) {
            if (existing.getKind() == a.getKind() && existing.getName() != null
                    && existing.getName().toLowerCase(Locale.ROOT).equals(name)) {
                return existing;
            }
        }
        root.getActors().add(a);
        return a;
    }

    /** Names the municipality of a source: a regulation's own, or the publisher when that is a municipality. */
    public static String municipalityOf(Source s) {
        if (s instanceof Regulation r && r.getMunicipality() != null) {
            return r.getMunicipality().getName();
        }
        Actor p = s.getPublisher();
        return p != null && p.getKind() == ActorKind.MUNICIPALITY ? p.getName() : null;
    }

    /** The court of a ruling, or null. */
    public static String courtOf(Source s) {
        return s instanceof Ruling r && r.getCourt() != null ? r.getCourt().getName() : null;
    }
}
