package org.lexgraph.core.versions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.lexgraph.core.versions.ArticleAligner.Article;
import org.lexgraph.model.KnowledgeBase;
import org.lexgraph.model.Regulation;
import org.lexgraph.model.RegulationVersion;
import org.lexgraph.model.Source;
import org.lexgraph.model.SourceStatus;
import org.lexgraph.model.StructureElement;
import org.lexgraph.model.StructureKind;

/**
 * The versions of regulations in a knowledge base: chains of the versions of one work (a CVDR work id or a BWB id,
 * whichever file each version came from) ordered by the date they came into force, what was in force on a date, and
 * the article-by-article comparison of two versions. Reads the model; the caller holds the read lock.
 */
public final class Versions {

    /**
     * One version in a chain.
     *
     * @param validFrom the day it came into force, or null when the source does not say
     * @param validTo the last day in force as the source says, or null
     * @param effectiveTo the last day in force: {@code validTo}, else the day before the next version, else null (open)
     */
    public record VersionInfo(String sourceId, String title, String workId, String versionId, LocalDate validFrom,
            LocalDate validTo, LocalDate effectiveTo, String publication, String change, String file, int articles,
            String municipality) {

        /** Whether this version was in force on the day (not for undated versions). */
        public boolean inForceOn(LocalDate day) {
            return validFrom != null && !day.isBefore(validFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
        }

        /** A name for the version: its version id, else its source title and date. */
        public String label() {
            return versionId != null ? versionId : title + (validFrom == null ? "" : " (" + validFrom + ")");
        }
    }

    /**
     * Regulations that look like versions of one another but carry no shared work id (PDF or Word copies of an
     * ordinance): the same title (years left out) from the same municipality or authority, ordered by date. Offered
     * to the user, who confirms them ({@code KnowledgeBaseSession#linkVersions}).
     *
     * @param sourceIds the sources, oldest first
     */
    public record Suggestion(String title, String authority, List<String> sourceIds, List<LocalDate> dates) {
    }

    /** The groups of regulations without a work id that have the same title and authority, two or more each. */
    public static List<Suggestion> suggestions(KnowledgeBase kb) {
        java.util.Map<String, List<Regulation>> groups = new java.util.LinkedHashMap<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK && s instanceof Regulation r && r.getWorkId() == null
                    && r.getTitle() != null) {
                groups.computeIfAbsent(titleKey(r.getTitle()) + "|" + authority(r).toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (List<Regulation> g : groups.values()) {
            if (g.size() < 2) {
                continue;
            }
            g.sort(Comparator.comparing((Regulation r) -> day(r.getDate()), Comparator.nullsLast(Comparator.naturalOrder())));
            out.add(new Suggestion(g.get(g.size() - 1).getTitle(), authority(g.get(0)),
                    g.stream().map(Regulation::getId).toList(), g.stream().map(r -> day(r.getDate())).toList()));
        }
        return out;
    }

    /** "Verordening opvang Utrecht 2023" and "… 2024" are one regulation: years and spacing do not count. */
    static String titleKey(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("\\b(19|20)\\d{2}\\b", " ")
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String authority(Regulation r) {
        if (r.getMunicipality() != null) {
            return r.getMunicipality().getName();
        }
        if (r.getAuthority() != null) {
            return r.getAuthority().getName();
        }
        return r.getPublisher() == null ? "" : r.getPublisher().getName();
    }

    /** A problem in a chain: versions that leave a gap or overlap. */
    public record ChainProblem(String code, String message, String sourceId) {
    }

    private Versions() {
    }

    /** The chain of the work the source belongs to, oldest first; empty when it is not a regulation with versions. */
    public static List<VersionInfo> chain(KnowledgeBase kb, Source source) {
        if (!(source instanceof Regulation r) || r.getWorkId() == null) {
            return source instanceof Regulation r2 ? infos(List.of(r2)) : List.of();
        }
        List<Regulation> same = new ArrayList<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK && s instanceof Regulation other
                    && r.getWorkId().equals(other.getWorkId())) {
                same.add(other);
            }
        }
        return infos(same);
    }

    /** The chain of the given regulations of one work (found by the caller, e.g. from the catalogue). */
    public static List<VersionInfo> chainOf(List<Regulation> work) {
        return infos(work);
    }

    /** Every chain in the knowledge base, one per work: the regulations grouped in one pass. */
    public static List<List<VersionInfo>> chains(KnowledgeBase kb) {
        java.util.Map<String, List<Regulation>> works = new java.util.LinkedHashMap<>();
        for (Source s : kb.getSources()) {
            if (!s.eIsProxy() && s.getStatus() == SourceStatus.OK && s instanceof Regulation r) {
                works.computeIfAbsent(r.getWorkId() != null ? r.getWorkId() : "source:" + r.getId(),
                        k -> new ArrayList<>()).add(r);
            }
        }
        List<List<VersionInfo>> out = new ArrayList<>();
        works.values().forEach(regs -> out.add(infos(regs)));
        return out;
    }

    private static List<VersionInfo> infos(List<Regulation> regs) {
        List<Object[]> rows = new ArrayList<>();
        for (Regulation r : regs) {
            for (RegulationVersion v : r.getVersions()) {
                rows.add(new Object[] {r, v});
            }
            if (r.getVersions().isEmpty()) {
                rows.add(new Object[] {r, null});
            }
        }
        rows.sort(Comparator.comparing((Object[] x) -> day(x[1] == null ? null : ((RegulationVersion) x[1]).getValidFrom()),
                Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(x -> x[1] == null || ((RegulationVersion) x[1]).getVersionId() == null ? ""
                        : ((RegulationVersion) x[1]).getVersionId()));
        List<VersionInfo> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Regulation r = (Regulation) rows.get(i)[0];
            RegulationVersion v = (RegulationVersion) rows.get(i)[1];
            LocalDate from = v == null ? null : day(v.getValidFrom());
            LocalDate to = v == null ? null : day(v.getValidTo());
            LocalDate effective = to;
            if (effective == null && from != null && i + 1 < rows.size()) {
                RegulationVersion next = (RegulationVersion) rows.get(i + 1)[1];
                LocalDate nextFrom = next == null ? null : day(next.getValidFrom());
                effective = nextFrom == null ? null : nextFrom.minusDays(1);
            }
            out.add(new VersionInfo(r.getId(), r.getTitle(), r.getWorkId(), v == null ? null : v.getVersionId(), from,
                    to, effective, v == null ? null : v.getPublication(), v == null ? null : v.getChange(),
                    r.getOriginalPath(), v == null ? 0 : articles(v).size(),
                    r.getMunicipality() == null ? null : r.getMunicipality().getName()));
        }
        return out;
    }

    /** Gaps and overlaps between consecutive dated versions of a chain. */
    public static List<ChainProblem> problems(List<VersionInfo> chain) {
        List<ChainProblem> out = new ArrayList<>();
        for (int i = 0; i + 1 < chain.size(); i++) {
            VersionInfo a = chain.get(i);
            VersionInfo b = chain.get(i + 1);
            if (a.validTo() == null || b.validFrom() == null) {
                continue;
            }
            if (b.validFrom().isAfter(a.validTo().plusDays(1))) {
                out.add(new ChainProblem("version-gap", "gap in the versions of " + a.title() + ": " + a.label()
                        + " ends " + a.validTo() + ", " + b.label() + " begins " + b.validFrom(), b.sourceId()));
            } else if (!b.validFrom().isAfter(a.validTo())) {
                out.add(new ChainProblem("version-overlap", "overlapping versions of " + a.title() + ": " + a.label()
                        + " is in force until " + a.validTo() + ", " + b.label() + " from " + b.validFrom(),
                        b.sourceId()));
            }
        }
        return out;
    }

    /** The versions in force on a day, one per work (optionally of one municipality), ordered by title. */
    public static List<VersionInfo> inForce(KnowledgeBase kb, LocalDate day, String municipality) {
        List<VersionInfo> out = new ArrayList<>();
        for (List<VersionInfo> chain : chains(kb)) {
            for (VersionInfo v : chain) {
                if (v.inForceOn(day) && (municipality == null || municipality.equalsIgnoreCase(
                        Objects.requireNonNullElse(v.municipality(), "")))) {
                    out.add(v);
                    break;
                }
            }
        }
        out.sort(Comparator.comparing(VersionInfo::title, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /**
     * Finds a version by its version id ({@code CVDR700001_2}, {@code BWBR0011823@2024-01-01}), or by its source (id,
     * file or exact title: the source's latest version).
     */
    public static Optional<RegulationVersion> find(KnowledgeBase kb, String ref) {
        RegulationVersion bySource = null;
        for (Source s : kb.getSources()) {
            if (s.eIsProxy() || !(s instanceof Regulation r)) {
                continue;
            }
            for (RegulationVersion v : r.getVersions()) {
                if (ref.equalsIgnoreCase(v.getVersionId())) {
                    return Optional.of(v);
                }
            }
            if (!r.getVersions().isEmpty() && (ref.equals(r.getId()) || ref.equals(r.getOriginalPath())
                    || ref.equals(r.getTitle()))) {
                bySource = r.getVersions().get(r.getVersions().size() - 1);
            }
        }
        return Optional.ofNullable(bySource);
    }

    /** The articles of a version in their order, each with its whole text (its leden one per line). */
    public static List<Article> articles(RegulationVersion v) {
        List<Article> out = new ArrayList<>();
        collect(v.getArticles(), out);
        return out;
    }

    private static void collect(List<StructureElement> elements, List<Article> out) {
        for (StructureElement e : elements) {
            if (e.getKind() == StructureKind.ARTICLE) {
                out.add(new Article(e.getNumber(), e.getLabel(), e.getTitle(), text(e)));
            } else {
                // text of its own outside articles (an annex, an explanation) is compared as a part of its own
                if (e.getText() != null && !e.getText().isBlank()) {
                    out.add(new Article(null, e.getLabel(), e.getTitle(), e.getText().strip()));
                }
                collect(e.getChildren(), out);
            }
        }
    }

    /** The whole text of an article: its own and its leden's, one per line. */
    public static String text(StructureElement article) {
        StringBuilder text = new StringBuilder(article.getText() == null ? "" : article.getText());
        appendText(article.getChildren(), text);
        return text.toString().strip();
    }

    /**
     * Whether an article of a version reads differently in the latest version of its chain (or is gone there); null
     * when the version is the latest.
     */
    public static Boolean changedSince(KnowledgeBase kb, List<VersionInfo> chain, RegulationVersion version,
            StructureElement article) {
        String latest = latestVersionId(chain);
        if (latest == null || latest.equals(version.getVersionId())) {
            return null;
        }
        return changedIn(find(kb, latest).orElse(null), article);
    }

    /** As {@link #changedSince(KnowledgeBase, List, RegulationVersion, StructureElement)}, within one work's regulations. */
    public static Boolean changedSince(List<Regulation> work, List<VersionInfo> chain, RegulationVersion version,
            StructureElement article) {
        String latest = latestVersionId(chain);
        if (latest == null || latest.equals(version.getVersionId())) {
            return null;
        }
        for (Regulation r : work) {
            for (RegulationVersion v : r.getVersions()) {
                if (latest.equalsIgnoreCase(v.getVersionId())) {
                    return changedIn(v, article);
                }
            }
        }
        return null;
    }

    private static Boolean changedIn(RegulationVersion last, StructureElement article) {
        if (last == null) {
            return null;
        }
        for (Article a : articles(last)) {
            if (article.getNumber() != null && article.getNumber().equalsIgnoreCase(a.number())) {
                return !WordDiff.words(a.text()).equals(WordDiff.words(text(article)));
            }
        }
        return true;
    }

    /** The version id of the latest version of a chain, or null. */
    public static String latestVersionId(List<VersionInfo> chain) {
        return chain.isEmpty() ? null : chain.get(chain.size() - 1).versionId();
    }

    private static void appendText(List<StructureElement> elements, StringBuilder text) {
        for (StructureElement c : elements) {
            if (c.getText() != null) {
                text.append(text.isEmpty() ? "" : "\n").append(c.getText());
            }
            appendText(c.getChildren(), text);
        }
    }

    /** The comparison of two versions, article by article. */
    public static List<ArticleAligner.Aligned> compare(RegulationVersion before, RegulationVersion after) {
        return new ArticleAligner().align(articles(before), articles(after));
    }

    static LocalDate day(Date d) {
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }
}
