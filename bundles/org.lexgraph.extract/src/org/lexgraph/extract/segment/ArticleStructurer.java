package org.lexgraph.extract.segment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lexgraph.extract.ExtractedDocument;
import org.lexgraph.extract.StructureNode;
import org.lexgraph.extract.StructureNode.Kind;
import org.lexgraph.extract.TextBlock;

/**
 * Finds the article structure of a regulation that arrived as plain text (PDF, Word, HTML, Markdown): headings
 * "Artikel 8" or "Artikel 1:2" become articles, body paragraphs that open with a member number ("1.", "2a.") become
 * its leden, and headings "Hoofdstuk 2", "Afdeling 3.1", "§ 4" or "Paragraaf 4" become chapters and sections. Documents
 * whose format already gave a structure, or with fewer than two article headings, are left as they are. Stateless.
 */
public final class ArticleStructurer {

    private static final Pattern ARTICLE = Pattern.compile("^(?:Artikel|Art\\.)\\s+([0-9]+(?:[.:][0-9]+)*[a-z]*|[IVXLC]+[a-z]?)\\b[.:]?\\s*(.*)$");
    private static final Pattern CHAPTER = Pattern.compile("^(Hoofdstuk|Titel|Boek|Deel)\\s+([0-9IVXLC]+[A-Za-z]?(?:[.:][0-9]+)*)\\b[.:]?\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^(Afdeling|Paragraaf|§)\\s*([0-9]+[a-z]?(?:[.:][0-9]+[a-z]?)*)\\b[.:]?\\s*(.*)$");
    private static final Pattern LID = Pattern.compile("^([0-9]{1,2}[a-z]?)\\.\\s+\\S");

    public ExtractedDocument structure(ExtractedDocument doc) {
        if (!doc.structure().isEmpty()) {
            return doc;
        }
        int articles = 0;
        for (TextBlock b : doc.blocks()) {
            if (b.isHeading() && ARTICLE.matcher(b.text()).matches()) {
                articles++;
            }
        }
        if (articles < 2) {
            return doc;
        }
        List<StructureNode> roots = new ArrayList<>();
        List<TextBlock> out = new ArrayList<>(doc.blocks().size());
        Set<String> used = new HashSet<>();
        StructureNode chapter = null;
        StructureNode section = null;
        StructureNode article = null;
        StructureNode lid = null;
        StructureNode other = null;
        for (TextBlock b : doc.blocks()) {
            Matcher m;
            if (b.isHeading() && (m = ARTICLE.matcher(b.text())).matches()) {
                String nr = m.group(1);
                String title = m.group(2).isBlank() ? null : m.group(2).strip();
                article = new StructureNode(unique(used, "art:" + norm(nr)), Kind.ARTICLE, "Artikel " + nr, nr, title);
                add(roots, section != null ? section : chapter, article);
                lid = null;
                other = null;
                out.add(b.in(article.key()));
            } else if (b.isHeading() && (m = CHAPTER.matcher(b.text())).matches()) {
                chapter = new StructureNode(unique(used, "ch:" + norm(m.group(2))), Kind.CHAPTER,
                        m.group(1) + " " + m.group(2), m.group(2), blankToNull(m.group(3)));
                roots.add(chapter);
                section = null;
                article = null;
                lid = null;
                other = null;
                out.add(b.in(chapter.key()));
            } else if (b.isHeading() && (m = SECTION.matcher(b.text())).matches()) {
                section = new StructureNode(unique(used, "sec:" + norm(m.group(2))), Kind.SECTION,
                        (m.group(1) + " " + m.group(2)).replace("§ ", "§ "), m.group(2), blankToNull(m.group(3)));
                add(roots, chapter, section);
                article = null;
                lid = null;
                other = null;
                out.add(b.in(section.key()));
            } else if (b.isHeading()) {
                // another heading ("Bijlage 1", "Toelichting") ends the article and starts a part of its own, so that
                // its text is compared between versions too
                article = null;
                lid = null;
                StructureNode part = new StructureNode(unique(used, "part:" + slug(b.text())), Kind.SECTION,
                        b.text(), null, null);
                add(roots, section != null ? section : chapter, part);
                other = part;
                out.add(b.in(part.key()));
                continue;
            } else if (article != null) {
                Matcher lm = LID.matcher(b.text());
                if (lm.find()) {
                    String nr = lm.group(1);
                    lid = article.add(new StructureNode(unique(used, article.key() + "/lid:" + nr), Kind.LID, nr + ".",
                            nr, null));
                }
                out.add(b.in(lid != null ? lid.key() : article.key()));
            } else {
                out.add(b.in(other != null ? other.key()
                        : section != null ? section.key() : chapter != null ? chapter.key() : null));
            }
        }
        return doc.withStructure(out, roots);
    }

    private static void add(List<StructureNode> roots, StructureNode parent, StructureNode node) {
        if (parent == null) {
            roots.add(node);
        } else {
            parent.add(node);
        }
    }

    private static String unique(Set<String> used, String key) {
        String k = key;
        for (int i = 2; !used.add(k); i++) {
            k = key + "#" + i;
        }
        return k;
    }

    private static String norm(String nr) {
        return nr.strip().toLowerCase(Locale.ROOT).replaceAll("[.:]+$", "");
    }

    private static String slug(String heading) {
        String s = heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
