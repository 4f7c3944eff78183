package org.lexgraph.core;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.Source;

/** The kinds of source, with the stable keys used in the index, the CLI's JSON and filters. */
public enum SourceKind {
    GENERIC_DOCUMENT(LexgraphPackage.Literals.GENERIC_DOCUMENT),
    NGO_DOCUMENT(LexgraphPackage.Literals.NGO_DOCUMENT),
    PARLIAMENTARY_PAPER(LexgraphPackage.Literals.PARLIAMENTARY_PAPER),
    REGULATION(LexgraphPackage.Literals.REGULATION),
    RULING(LexgraphPackage.Literals.RULING);

    private final EClass eClass;

    SourceKind(EClass eClass) {
        this.eClass = eClass;
    }

    /** The key: {@code generic-document}, {@code ngo-document}, {@code parliamentary-paper}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public EClass eClass() {
        return eClass;
    }

    public static SourceKind of(Source source) {
        for (SourceKind k : values()) {
            if (k.eClass == source.eClass()) {
                return k;
            }
        }
        return GENERIC_DOCUMENT;
    }

    /** @throws IllegalArgumentException for an unknown key */
    public static SourceKind fromKey(String key) {
        for (SourceKind k : values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown source kind: " + key);
    }
}
