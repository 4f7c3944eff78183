package org.lexgraph.extract.formats;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;

/**
 * What of a saved web page is the site around the document rather than the document: menus, breadcrumbs, cookie and
 * consent banners, search forms, share buttons, headers and footers, sidebars. Told from the element (nav, header,
 * footer, aside, form ...), its ARIA role and the words of its class and id ({@code main-menu}, {@code breadcrumbs},
 * {@code cookie-bar}). Inside the page's main content ({@code <main>}, {@code <article>}, role main) a header is the
 * document's own (its title), so only unmistakable chrome is left out there.
 */
final class PageChrome {

    private static final Set<String> ELEMENTS = Set.of("nav", "header", "footer", "aside", "form", "script", "style",
            "noscript", "template", "button", "select", "svg", "iframe", "dialog");
    private static final Set<String> ELEMENTS_IN_MAIN = Set.of("nav", "form", "script", "style", "noscript",
            "template", "button", "select", "svg", "iframe", "dialog");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "search", "complementary",
            "menu", "menubar", "dialog", "alertdialog");
    private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menubar", "submenu",
            "breadcrumb", "breadcrumbs", "kruimelpad", "cookie", "cookies", "cookiebar", "consent", "skip",
            "skiplink", "skiplinks", "sidebar", "footer", "masthead", "share", "social", "search", "zoeken",
            "pagination", "toolbar", "topbar", "language", "taalkeuze");
    private static final Set<String> WORDS_IN_MAIN = Set.of("nav", "navbar", "navigation", "menu", "submenu",
            "breadcrumb", "breadcrumbs", "kruimelpad", "cookie", "cookies", "cookiebar", "consent", "skip", "skiplink",
            "share", "social", "pagination", "toolbar");
    private static final Pattern WORD = Pattern.compile("[^a-z]+");

    private PageChrome() {
    }

    /** Whether the element starts the page's main content. */
    static boolean isMain(String name, Attributes atts) {
        return name.equals("main") || name.equals("article") || "main".equalsIgnoreCase(attr(atts, "role"));
    }

    /** Whether the element and all in it are the site's, not the document's. */
    static boolean isChrome(String name, Attributes atts, boolean inMain) {
        if ((inMain ? ELEMENTS_IN_MAIN : ELEMENTS).contains(name)) {
            return true;
        }
        if ("true".equalsIgnoreCase(attr(atts, "aria-hidden")) || atts.getIndex("hidden") >= 0) {
            return true;
        }
        String role = attr(atts, "role");
        if (role != null && !inMain && ROLES.contains(role.toLowerCase(Locale.ROOT))) {
            return true;
        }
        Set<String> words = inMain ? WORDS_IN_MAIN : WORDS;
        for (String a : new String[] {attr(atts, "class"), attr(atts, "id")}) {
            if (a != null) {
                for (String w : WORD.split(a.toLowerCase(Locale.ROOT))) {
                    if (words.contains(w)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String attr(Attributes atts, String name) {
        for (int i = 0; i < atts.getLength(); i++) {
            String n = atts.getLocalName(i).isEmpty() ? atts.getQName(i) : atts.getLocalName(i);
            if (n.equalsIgnoreCase(name)) {
                return atts.getValue(i);
            }
        }
        return null;
    }
}
