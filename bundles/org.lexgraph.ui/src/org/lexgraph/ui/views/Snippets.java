package org.lexgraph.ui.views;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.StyledString;
import org.eclipse.swt.graphics.TextStyle;

/** Turns the index's HTML snippets (matches in {@code <b>}) into styled text with the matches in bold. */
final class Snippets {

    private static final StyledString.Styler BOLD = new StyledString.Styler() {
        @Override
        public void applyStyles(TextStyle style) {
            style.font = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        }
    };

    private Snippets() {
    }

    /** A hit's snippet, and when the query matched the user's note on the passage, that note after a pen. */
    static StyledString ofHit(org.lexgraph.query.SearchHit h) {
        StyledString out = styled(h.snippet());
        if (h.matchedNote()) {
            out.append("   \u270E ", StyledString.DECORATIONS_STYLER);
            out.append(styled(h.note()));
        }
        return out;
    }

    static StyledString styled(String html) {
        StyledString out = new StyledString();
        int i = 0;
        while (i < html.length()) {
            int open = html.indexOf("<b>", i);
            if (open < 0) {
                out.append(unescape(html.substring(i)));
                break;
            }
            out.append(unescape(html.substring(i, open)));
            int close = html.indexOf("</b>", open);
            if (close < 0) {
                close = html.length();
            }
            out.append(unescape(html.substring(open + 3, close)), BOLD);
            i = close + 4;
        }
        return out;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&#x2F;", "/").replace("&amp;", "&").replace('\n', ' ');
    }
}
