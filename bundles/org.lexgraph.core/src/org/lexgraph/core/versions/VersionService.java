package org.lexgraph.core.versions;

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
import org.lexgraph.core.SourceSummary;

/**
 * Versions of regulations in an open knowledge base: a regulation's chain, suggested and confirmed links
 * between versions, what is in force on a day, and two versions compared article by article.
 */
public final class VersionService {

    private final KnowledgeBaseSession session;
    private final SessionContext ctx;

    public VersionService(KnowledgeBaseSession session, SessionContext ctx) {
        this.session = session;
        this.ctx = ctx;
    }

    /** The versions of the regulation a reference names (id, file, title or identifier), oldest first. */
    public List<org.lexgraph.core.versions.Versions.VersionInfo> of(String sourceReference) {
        Optional<SourceSummary> found = session.library().findSource(sourceReference);
        if (found.isEmpty()) {
            return List.of();
        }
        return ctx.read(kb -> kb.getSources().stream().filter(s -> s.getId().equals(found.get().id())).findFirst()
                .map(s -> org.lexgraph.core.versions.Versions.chain(kb, s)).orElse(List.of()));
    }

    /** Regulations that look like versions of one another but share no work id, for the user to confirm. */
    public List<org.lexgraph.core.versions.Versions.Suggestion> versionSuggestions() {
        return ctx.read(org.lexgraph.core.versions.Versions::suggestions);
    }

    /**
     * Confirms that regulations are versions of one regulation (an undoable edit): they get one work id
     * ({@code local:} and the oldest one's id), and one without a version gets a version in force from its own date.
     *
     * @throws KnowledgeBaseException when a source is unknown or not a regulation
     */
    public void linkVersions(List<String> sourceIds) throws KnowledgeBaseException {
        List<org.lexgraph.model.Regulation> regs = ctx.read(kb -> {
            List<org.lexgraph.model.Regulation> out = new ArrayList<>();
            for (String id : sourceIds) {
                kb.getSources().stream().filter(x -> !x.eIsProxy() && x.getId().equals(id)
                        && x instanceof org.lexgraph.model.Regulation).findFirst()
                        .ifPresent(x -> out.add((org.lexgraph.model.Regulation) x));
            }
            return out;
        });
        if (regs.size() != sourceIds.size() || regs.size() < 2) {
            throw new KnowledgeBaseException("linking versions needs two or more regulations of " + ctx.folder());
        }
        String work = regs.stream().map(org.lexgraph.model.Regulation::getWorkId).filter(java.util.Objects::nonNull)
                .findFirst().orElse("local:" + regs.get(0).getId());
        org.eclipse.emf.common.command.CompoundCommand cmd = new org.eclipse.emf.common.command.CompoundCommand(
                "link versions of " + regs.get(0).getTitle());
        for (org.lexgraph.model.Regulation r : regs) {
            if (!work.equals(r.getWorkId())) {
                cmd.append(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), r,
                        org.lexgraph.model.LexgraphPackage.Literals.REGULATION__WORK_ID, work));
            }
            if (r.getVersions().isEmpty() || r.getVersions().stream().allMatch(v -> v.getValidFrom() == null)) {
                if (r.getVersions().isEmpty()) {
                    org.lexgraph.model.RegulationVersion v = org.lexgraph.model.LexgraphFactory.eINSTANCE
                            .createRegulationVersion();
                    v.setValidFrom(r.getDate());
                    cmd.append(org.eclipse.emf.edit.command.AddCommand.create(session.editingDomain(), r,
                            org.lexgraph.model.LexgraphPackage.Literals.REGULATION__VERSIONS, v));
                } else {
                    cmd.append(org.eclipse.emf.edit.command.SetCommand.create(session.editingDomain(), r.getVersions().get(0),
                            org.lexgraph.model.LexgraphPackage.Literals.REGULATION_VERSION__VALID_FROM, r.getDate()));
                }
            }
        }
        session.execute(cmd);
    }

    /** The regulations in force on a day (optionally of one municipality), one version per regulation. */
    public List<org.lexgraph.core.versions.Versions.VersionInfo> inForce(java.time.LocalDate day, String municipality) {
        return ctx.read(kb -> org.lexgraph.core.versions.Versions.inForce(kb, day, municipality));
    }

    /**
     * Compares two versions article by article. A version is named by its version id ({@code CVDR700001_2},
     * {@code BWBR0011823@2024-01-01}) or by its source (id, file, title: that source's latest version).
     *
     * @throws KnowledgeBaseException when a reference names no version
     */
    public List<org.lexgraph.core.versions.ArticleAligner.Aligned> compareVersions(String before, String after)
            throws KnowledgeBaseException {
        String missing = ctx.read(kb -> org.lexgraph.core.versions.Versions.find(kb, before).isEmpty() ? before
                : org.lexgraph.core.versions.Versions.find(kb, after).isEmpty() ? after : null);
        if (missing != null) {
            throw new KnowledgeBaseException("no regulation version " + missing + " in " + ctx.folder()
                    + " (give a version id such as CVDR641872_2 or BWBR0011823@2024-01-01, or a source)");
        }
        return ctx.read(kb -> org.lexgraph.core.versions.Versions.compare(
                org.lexgraph.core.versions.Versions.find(kb, before).orElseThrow(),
                org.lexgraph.core.versions.Versions.find(kb, after).orElseThrow()));
    }
}
