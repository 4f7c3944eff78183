package org.lexgraph.core.imports;

import java.util.ArrayList;
import java.util.List;

import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;

/** A changed file imported again: what its new source takes over from the one it replaces. */
final class NewVersions {

    private NewVersions() {
    }

    /**
     * A changed file is a new version of the same source: it keeps the source's id (so what cites it, links to it or
     * was saved about it still finds it), and a regulation keeps its earlier versions with their article texts.
     */
    static void carryOver(Source old, Source now) {
        if (old.getStatus() != SourceStatus.OK || now.getStatus() != SourceStatus.OK) {
            return;
        }
        now.setId(old.getId());
        org.lexgraph.core.annotations.Annotations.carryOver(old, now);
        if (old instanceof org.lexgraph.model.Regulation before && now instanceof org.lexgraph.model.Regulation after
                && java.util.Objects.equals(before.getWorkId(), after.getWorkId())) {
            List<org.lexgraph.model.RegulationVersion> earlier = new ArrayList<>(before.getVersions());
            java.util.Set<String> present = new java.util.HashSet<>();
            after.getVersions().forEach(v -> present.add(v.getVersionId()));
            int at = 0;
            for (org.lexgraph.model.RegulationVersion v : earlier) {
                if (v.getVersionId() == null || !present.contains(v.getVersionId())) {
                    after.getVersions().add(at++, v);
                }
            }
        }
        now.getProvenance().add("previous version = imported " + old.getImportedAt() + ", sha256 "
                + abbreviate(old.getContentHash()) + " (earlier import of the same file)");
    }

    private static String abbreviate(String hash) {
        return hash == null || hash.length() < 12 ? String.valueOf(hash) : hash.substring(0, 12);
    }
}
