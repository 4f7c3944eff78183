package org.lexgraph.core.internal;

import org.lexgraph.core.themes.AskProfiles;

import org.lexgraph.core.internal.ModelStore;

import java.util.List;

import org.lexgraph.model.KnowledgeBase;

/**
 * Brings a knowledge base written in an older on-disk format up to {@link ModelStore#FORMAT_VERSION}, one step per
 * version, when it is opened for writing. A step changes the loaded model; the session then saves it. Add a step here
 * whenever a model change needs more than EMF's tolerance of new optional features.
 */
public final class FormatMigrations {

    /** Turns a knowledge base of format {@code from()} into one of format {@code from() + 1}. */
    interface Step {
        int from();

        void migrate(KnowledgeBase kb);
    }

    public static final List<Step> STEPS = List.of(new Step() {
        // format 0: written before the format version was stored; the model only gained optional features since
        @Override
        public int from() {
            return 0;
        }

        @Override
        public void migrate(KnowledgeBase kb) {
            // nothing to convert
        }
    }, new Step() {
        // format 1 had asks without profiles: the letter's taxonomy gets the default ones
        @Override
        public int from() {
            return 1;
        }

        @Override
        public void migrate(KnowledgeBase kb) {
            for (org.lexgraph.model.Taxonomy t : kb.getTaxonomies()) {
                if (LetterSetup.TAXONOMY_KEY.equals(t.getKey())) {
                    try {
                        AskProfiles.applyDefaults(t);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
    });

    private FormatMigrations() {
    }

    /** Applies the steps from the knowledge base's format on; returns whether anything was migrated. */
    public static boolean migrate(KnowledgeBase kb) {
        boolean changed = false;
        while (kb.getFormatVersion() < ModelStore.FORMAT_VERSION) {
            int version = kb.getFormatVersion();
            Step step = STEPS.stream().filter(s -> s.from() == version).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no migration from format " + version));
            step.migrate(kb);
            kb.setFormatVersion(version + 1);
            changed = true;
        }
        return changed;
    }
}
