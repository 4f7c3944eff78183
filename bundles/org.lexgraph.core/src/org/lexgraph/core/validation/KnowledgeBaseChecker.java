package org.lexgraph.core.validation;

import org.lexgraph.core.Problem;

import org.lexgraph.core.citations.CitationLinker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.lexgraph.model.Ask;
import org.lexgraph.model.Citation;
import org.lexgraph.model.Identifiable;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.LexgraphPackage;
import org.lexgraph.model.ParliamentaryPaper;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.Ruling;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.model.ThemeLink;

/**
 * Validates a knowledge base with EMF's validation framework: the model's own constraints (multiplicities, references
 * that no longer resolve) plus Lexgraph's: unresolved citations, sources without title or date, failed sources,
 * identifiers used twice, theme links to asks that were removed. Stateless; each call uses its own diagnostician, so
 * nothing is registered globally.
 */
public class KnowledgeBaseChecker {

    private static final String SOURCE = "org.lexgraph.core";

    public List<Problem> check(KnowledgeBase kb) {
        Constraints constraints = new Constraints(new HashMap<>(), new HashMap<>());
        Diagnostician diagnostician = diagnostician(constraints);
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(kb);
        diagnostician.validate(kb, chain, diagnostician.createDefaultContext());
        List<Problem> problems = problems(chain, constraints);
        // versions of one regulation that leave a gap or overlap in time
        for (List<org.lexgraph.core.versions.Versions.VersionInfo> versions
                : org.lexgraph.core.versions.Versions.chains(kb)) {
            problems.addAll(chainProblems(versions));
        }
        return problems;
    }

    /**
     * The problems of one source alone: the model's constraints, its own (failed, no title or date), its unresolved
     * citations, its links to removed asks. Not those between sources: identifiers used twice (see {@link
     * #duplicateIdentifiers}), gaps between versions of a work ({@link #chainProblems}).
     */
    public List<Problem> checkSource(Source s) {
        return checkSource(s, true);
    }

    /**
     * As {@link #checkSource(Source)}; without {@code followReferences}, references into other sources are not
     * followed to see that they resolve (which would load those sources): a damaged file they point at is found by
     * the full check.
     */
    public List<Problem> checkSource(Source s, boolean followReferences) {
        Constraints constraints = new Constraints(new HashMap<>(), null);
        constraints.followIntoSources = followReferences;
        Diagnostician diagnostician = diagnostician(constraints);
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(s);
        diagnostician.validate(s, chain, diagnostician.createDefaultContext());
        return problems(chain, constraints);
    }

    /** The problems of the root's own objects (taxonomies, baskets, collections ...), its sources not read. */
    public List<Problem> checkRoot(KnowledgeBase kb) {
        Constraints constraints = new Constraints(new HashMap<>(), null);
        constraints.followIntoSources = false; // a taxonomy's letter, a collection's sources, a quote's passage
        Diagnostician diagnostician = diagnostician(constraints);
        BasicDiagnostic chain = diagnostician.createDefaultDiagnostic(kb);
        Map<Object, Object> context = diagnostician.createDefaultContext();
        constraints.validate(kb.eClass(), kb, chain, context);
        for (org.eclipse.emf.ecore.EReference containment : kb.eClass().getEAllContainments()) {
            if (containment == LexgraphPackage.Literals.KNOWLEDGE_BASE__SOURCES) {
                continue;
            }
            Object value = kb.eGet(containment);
            for (Object child : value instanceof List<?> l ? l : value == null ? List.of() : List.of(value)) {
                diagnostician.validate((EObject) child, chain, context);
            }
        }
        return problems(chain, constraints);
    }

    /** One source as the check between sources needs it. */
    public record Identified(String sourceId, String label, String identifier) {
    }

    /** Identifiers carried by two sources (the second of each pair named). */
    public static List<Problem> duplicateIdentifiers(List<Identified> sources) {
        Map<String, Identified> seen = new HashMap<>();
        List<Problem> out = new ArrayList<>();
        for (Identified s : sources) {
            if (s.identifier() == null) {
                continue;
            }
            Identified other = seen.putIfAbsent(s.identifier(), s);
            if (other != null) {
                out.add(new Problem(Problem.Severity.ERROR, "duplicate-identifier", s.identifier()
                        + " is the identifier of two sources: " + other.label() + " and " + s.label(), s.sourceId(),
                        s.sourceId()));
            }
        }
        return out;
    }

    /** The gaps and overlaps in time of one work's versions. */
    public static List<Problem> chainProblems(List<org.lexgraph.core.versions.Versions.VersionInfo> versions) {
        List<Problem> out = new ArrayList<>();
        for (org.lexgraph.core.versions.Versions.ChainProblem p
                : org.lexgraph.core.versions.Versions.problems(versions)) {
            out.add(new Problem(Problem.Severity.WARNING, p.code(), p.message(), p.sourceId(), p.sourceId()));
        }
        return out;
    }

    private static Diagnostician diagnostician(Constraints constraints) {
        EValidator.Registry registry = new EValidatorRegistryImpl();
        registry.put(LexgraphPackage.eINSTANCE, constraints);
        return new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return label(eObject);
            }
        };
    }

    private static List<Problem> problems(BasicDiagnostic chain, Constraints constraints) {
        List<Problem> problems = new ArrayList<>();
        for (Diagnostic d : chain.getChildren()) {
            Problem p = toProblem(d);
            String group = p.objectId() == null ? null : constraints.firstOfGroup.get(p.objectId());
            int more = group == null ? 0 : constraints.groupSize.get(group) - 1;
            if (p.code().equals("unresolved-citation") && more > 0) {
                p = new Problem(p.severity(), p.code(), p.message().replace(": the cited document is not in the"
                        + " knowledge base", " and " + more + " more of the same document: it is not in the knowledge"
                        + " base"), p.objectId(), p.sourceId());
            }
            problems.add(p);
        }
        return problems;
    }

    private static Problem toProblem(Diagnostic d) {
        EObject object = d.getData().isEmpty() || !(d.getData().get(0) instanceof EObject o) ? null : o;
        String code = d.getSource().equals(SOURCE) && d.getData().size() > 1 && d.getData().get(1) instanceof String c
                ? c : "model-constraint";
        Problem.Severity severity = switch (d.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Problem.Severity.ERROR;
            case Diagnostic.WARNING -> Problem.Severity.WARNING;
            default -> Problem.Severity.INFO;
        };
        String objectId = object instanceof Identifiable i ? i.getId() : null;
        Source source = sourceOf(object);
        return new Problem(severity, code, d.getMessage(), objectId, source == null ? null : source.getId());
    }

    /**
     * The identifier no two sources may share: a ruling's ECLI, a regulation's work and versions (versions of one
     * regulation share its work id: a regulation is identified by its work and version), a paper's publication id.
     */
    public static String identifierOf(Source s) {
        String identifier = s instanceof Ruling r ? r.getEcli()
                : s instanceof Regulation r ? Constraints.regulationIdentifier(r)
                : s instanceof ParliamentaryPaper p ? p.getPublicationId() : null;
        return identifier == null || identifier.isBlank() ? null : identifier;
    }

    public static Source sourceOf(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Source s) {
                return s;
            }
        }
        return null;
    }

    public static String label(EObject o) {
        if (o instanceof Source s) {
            return s.getTitle() == null ? s.getOriginalPath() : s.getTitle();
        }
        if (o instanceof Citation c) {
            return c.getText();
        }
        if (o instanceof Identifiable i) {
            return o.eClass().getName() + " " + i.getId();
        }
        return o.eClass().getName();
    }

    /** Lexgraph's constraints on top of EMF's defaults. */
    private static final class Constraints extends EObjectValidator {
        private final Map<String, Identifiable> seenIds;
        private final Map<String, Source> seenIdentifiers;
        /**
         * Unresolved citations of one source to one cited document are one problem: its first citation's id, and how
         * many there are (an ordinance citing twenty articles of an act not in the knowledge base is one warning).
         */
        final Map<String, String> firstOfGroup = new HashMap<>();
        final Map<String, Integer> groupSize = new HashMap<>();

        /** Whether references into sources are followed to see that they resolve (which loads those sources). */
        boolean followIntoSources = true;

        Constraints(Map<String, Identifiable> seenIds, Map<String, Source> seenIdentifiers) {
            this.seenIds = seenIds;
            this.seenIdentifiers = seenIdentifiers;
        }

        @Override
        public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            return !followIntoSources || super.validate_EveryProxyResolves(eObject, diagnostics, context);
        }

        @Override
        public boolean validate_EveryReferenceIsContained(EObject eObject, DiagnosticChain diagnostics,
                Map<Object, Object> context) {
            return !followIntoSources || super.validate_EveryReferenceIsContained(eObject, diagnostics, context);
        }

        @Override
        public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
            boolean ok = super.validate(eClass, object, diagnostics, context);
            if (object instanceof Identifiable i && i.getId() != null) {
                Identifiable other = seenIds.putIfAbsent(i.getId(), i);
                if (other != null && other != i) {
                    ok = report(diagnostics, Diagnostic.ERROR, "duplicate-id", object,
                            "two objects share the id " + i.getId() + ": " + label(other) + " and " + label(object));
                }
            }
            if (object instanceof Source s) {
                ok &= source(s, diagnostics);
            } else if (object instanceof Citation c && c.getResolvedSource() == null
                    && (c.getTargetKey() == null || !c.getTargetKey().startsWith("ref:"))) {
                // (an article whose act the document names by context only, "artikel 4 van de wet" in a text that
                // does not define "de wet", cannot be looked for: no warning)
                Source s = sourceOf(c);
                String group = (s == null ? "" : s.getId()) + "\u0001"
                        + (c.getTargetKey() == null ? c.getId() : CitationLinker.baseKey(c.getTargetKey()));
                if (groupSize.merge(group, 1, Integer::sum) == 1) {
                    firstOfGroup.put(c.getId(), group);
                    ok = report(diagnostics, Diagnostic.WARNING, "unresolved-citation", c, "unresolved citation "
                            + c.getText() + (s == null ? "" : " in " + label(s))
                            + ": the cited document is not in the knowledge base");
                }
            } else if (object instanceof ThemeLink link) {
                Ask ask = link.getAsk();
                if (ask == null || ask.eIsProxy() || ask.eContainer() == null) {
                    ok = report(diagnostics, Diagnostic.ERROR, "link-to-removed-ask", link,
                            "a theme link of " + label(sourceOf(link)) + " points to an ask that was removed");
                }
            }
            return ok;
        }

        private boolean source(Source s, DiagnosticChain diagnostics) {
            boolean ok = true;
            String where = s.getOriginalPath() == null ? "" : " (" + s.getOriginalPath() + ")";
            if (s.getStatus() == SourceStatus.FAILED) {
                ok = report(diagnostics, Diagnostic.ERROR, "failed-source", s,
                        "failed source" + where + ": " + s.getStatusMessage());
                return ok;
            }
            if (s.getTitle() == null || s.getTitle().isBlank()) {
                ok = report(diagnostics, Diagnostic.WARNING, "no-title", s, "source without a title" + where);
            }
            if (s.getDate() == null) {
                ok = report(diagnostics, Diagnostic.WARNING, "no-date", s, "source without a date: " + label(s)
                        + where);
            }
            String identifier = identifierOf(s);
            if (identifier != null && seenIdentifiers != null) {
                Source other = seenIdentifiers.putIfAbsent(identifier, s);
                if (other != null && other != s) {
                    ok = report(diagnostics, Diagnostic.ERROR, "duplicate-identifier", s, identifier
                            + " is the identifier of two sources: " + label(other) + " and " + label(s));
                }
            }
            return ok;
        }

        /** CVDR641872_2, BWBR0011823@2024-01-01; the work id alone for a regulation without dated versions. */
        static String regulationIdentifier(Regulation r) {
            if (r.getWorkId() == null) {
                return null;
            }
            StringBuilder versions = new StringBuilder();
            for (org.lexgraph.model.RegulationVersion v : r.getVersions()) {
                if (v.getVersionId() != null) {
                    versions.append(versions.isEmpty() ? "" : ", ").append(v.getVersionId());
                }
            }
            return versions.isEmpty() ? r.getWorkId() : versions.toString();
        }

        private static boolean report(DiagnosticChain diagnostics, int severity, String code, EObject object,
                String message) {
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(severity, SOURCE, 0, message, new Object[] {object, code}));
            }
            return severity < Diagnostic.ERROR;
        }
    }
}
