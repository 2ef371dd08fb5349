package io.loopdesk.knowledge;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * What of an article's rich text is kept: headings, paragraphs, lists, emphasis, quotes, code, tables, links and
 * images over http(s) — never scripts, styles, event handlers, frames, forms or {@code javascript:} and {@code data:}
 * addresses. Everything else is dropped, its text kept. The body is cleaned when it is saved, so every page shows it
 * as it is stored.
 */
public final class ArticleBody {

    /** The longest body kept, in characters of cleaned HTML. */
    public static final int MAX_LENGTH = 100_000;

    // jsoup's relaxed list: structure, tables, links (http, https, mailto, ftp) and images (http, https) with their
    // plain attributes; every link leaves without the help centre's referrer or its ranking
    private static final Safelist SAFE =
            Safelist.relaxed().addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private ArticleBody() {}

    /** The safe part of {@code html}. */
    public static String clean(String html) {
        return Jsoup.clean(html, "", SAFE, OUTPUT).strip();
    }

    /** The body's text without markup, e.g. for a summary or a search index. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
