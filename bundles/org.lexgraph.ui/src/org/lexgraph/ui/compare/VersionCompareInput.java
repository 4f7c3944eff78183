package org.lexgraph.ui.compare;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Image;
import org.lexgraph.core.versions.ArticleAligner.Aligned;
import org.lexgraph.core.versions.ArticleAligner.Article;
import org.lexgraph.ui.Messages;

/**
 * Two versions of a regulation side by side in Eclipse Compare: the articles as aligned by the core (renumbered ones
 * paired, inserted and removed ones on one side), each opening in a text comparison with the changes marked; the
 * compare editor's next/previous buttons step from change to change.
 */
public final class VersionCompareInput extends CompareEditorInput {

    private final String before;
    private final String after;
    private final List<Aligned> rows;

    public VersionCompareInput(String before, String after, List<Aligned> rows) {
        super(configuration(before, after));
        this.before = before;
        this.after = after;
        this.rows = List.copyOf(rows);
        setTitle(NLS.bind(Messages.Compare_title, before, after));
    }

    /** As Eclipse Compare has it: the newer text on the left, the older on the right. */
    private static CompareConfiguration configuration(String before, String after) {
        CompareConfiguration c = new CompareConfiguration();
        c.setProperty(CompareConfiguration.MIRRORED, Boolean.FALSE);
        c.setLeftLabel(after);
        c.setRightLabel(before);
        c.setLeftEditable(false);
        c.setRightEditable(false);
        return c;
    }

    @Override
    protected Object prepareInput(IProgressMonitor monitor) {
        DiffNode root = new DiffNode(Differencer.NO_CHANGE);
        for (Aligned r : rows) {
            int kind = switch (r.change()) {
                case INSERTED -> Differencer.ADDITION;
                case REMOVED -> Differencer.DELETION;
                case UNCHANGED -> Differencer.NO_CHANGE;
                default -> Differencer.CHANGE;
            };
            if (kind == Differencer.NO_CHANGE) {
                continue; // the structure shows what changed; unchanged articles would only hide it
            }
            // an inserted article is on the left (newer) side only: ADDITION; a removed one on the right: DELETION
            DiffNode node = new DiffNode(root, kind, null, element(r.after()), element(r.before()));
            node.setDontExpand(true);
        }
        return root.hasChildren() ? root : null;
    }

    /** The comparison, for tests and for the view that opens it. */
    public List<Aligned> rows() {
        return rows;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }

    private static ArticleText element(Article a) {
        return a == null ? null : new ArticleText(a);
    }

    /** One article as a text Eclipse Compare can show. */
    static final class ArticleText implements ITypedElement, IEncodedStreamContentAccessor {
        private final Article article;

        ArticleText(Article article) {
            this.article = article;
        }

        @Override
        public String getName() {
            String name = article.number() != null ? "Artikel " + article.number() : article.label();
            return article.title() == null ? name : name + " " + article.title();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public String getType() {
            return ITypedElement.TEXT_TYPE;
        }

        @Override
        public InputStream getContents() {
            // one lid per line, so that the text comparison lines up leden
            return new ByteArrayInputStream(article.text().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getCharset() {
            return StandardCharsets.UTF_8.name();
        }
    }
}
