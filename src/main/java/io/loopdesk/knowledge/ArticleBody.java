package io.loopdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What of an article's rich text is kept: headings, paragraphs, lists, emphasis, quotes, code, tables, links, images
 * and videos over http(s) or on this site — never scripts, styles, event handlers, frames, forms or {@code javascript:} and {@code data:}
 * addresses. Everything else is dropped, its text kept. The body is cleaned when it is saved, so every page shows it
 * as it is stored.
 */
public final class ArticleBody {

    /** The longest body kept, in characters of cleaned HTML. */
    public static final int MAX_LENGTH = 100_000;

    // jsoup's relaxed list: structure, tables, links (http, https, mailto, ftp) and images (http, https) with their
    // plain attributes, plus videos; every link leaves without the help centre's referrer or its ranking. Addresses
    // on this site (/help/{tenant}/media/…, the uploaded pictures and videos) stay relative: they are checked as if
    // on an https page, which a javascript: or data: address never passes
    private static final Safelist SAFE = Safelist.relaxed()
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addTags("video", "source")
            .addAttributes("video", "src", "controls", "poster", "width", "height", "preload")
            .addAttributes("source", "src", "type")
            .addProtocols("video", "src", "http", "https")
            .addProtocols("video", "poster", "http", "https")
            .addProtocols("source", "src", "http", "https")
            .preserveRelativeLinks(true);

    private static final String SAME_SITE = "https://help.loopdesk.invalid/";

    private static final Document.OutputSettings OUTPUT =
            new Document.OutputSettings().prettyPrint(false).charset("UTF-8");

    private static final String BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, td, th, dt, dd, figcaption";

    private ArticleBody() {}

    /** The safe part of {@code html}. */
    public static String clean(String html) {
        return Jsoup.clean(html, SAME_SITE, SAFE, OUTPUT).strip();
    }

    /**
     * The body's innermost blocks' text, in order (paragraphs, list items, headings, code, table cells); text outside
     * any block counts as one block when there is no other; list items keep their number or bullet. For comparing
     * versions and for pasting into a reply.
     */
    public static List<String> blocks(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> blocks = new ArrayList<>();
        for (Element block : body.select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1 && !block.text().isBlank()) {
                blocks.add(marker(block) + block.text());
            }
        }
        if (blocks.isEmpty() && !body.text().isBlank()) {
            blocks.add(body.text());
        }
        return blocks;
    }

    /** A list item's number (1. 2. 3.) or bullet as plain text shows it; nothing for other blocks. */
    private static String marker(Element block) {
        Element item = block.closest("li");
        // an item's marker goes before its first block only (<li><p>a</p><p>b</p></li> is "1. a", "b")
        if (item == null || (item != block && item.select(BLOCKS).get(1) != block)) {
            return "";
        }
        Element list = item.parent();
        return list != null && list.tagName().equals("ol") ? (item.elementSiblingIndex() + 1) + ". " : "• ";
    }

    /** The body's text without markup, e.g. for a summary or a search index. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
