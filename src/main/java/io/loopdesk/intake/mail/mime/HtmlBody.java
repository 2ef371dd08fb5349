package io.loopdesk.intake.mail.mime;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML of a message: sanitised for showing in the help desk, and read as plain text for an agent. Sanitising
 * keeps structure, links and images (also {@code cid:} images, which refer to inline attachments), and drops
 * scripts, styles, event handlers and anything else outside jsoup's relaxed safelist; links get
 * {@code rel="nofollow noopener noreferrer"}.
 */
final class HtmlBody {

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addProtocols("img", "src", "cid")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    /** Elements that start and end a line of text. */
    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "table",
            "tr",
            "blockquote",
            "pre",
            "hr",
            "address",
            "section",
            "article",
            "header",
            "footer",
            "center",
            "form",
            "fieldset",
            "figure",
            "figcaption",
            "main",
            "nav",
            "aside",
            "title");

    /** Elements whose text is not for people: their content is skipped. */
    private static final Set<String> HIDDEN = Set.of("script", "style", "head", "noscript", "template", "xml");

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlBody() {}

    static String sanitise(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, output).strip();
    }

    /** The text as a reader sees it: a line per block and {@code <br>}, links followed by their address. */
    static String toText(String html) {
        Document document = Jsoup.parse(html);
        TextCollector text = new TextCollector();
        document.body().traverse(text);
        String collected = TRAILING_SPACES.matcher(text.builder.toString()).replaceAll("\n");
        return BLANK_LINES.matcher(collected).replaceAll("\n\n").strip();
    }

    private static final class TextCollector implements NodeVisitor {

        private final StringBuilder builder = new StringBuilder();
        private int hidden;
        private int preformatted;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode && hidden == 0) {
                String text = textNode.getWholeText().replace('\u00a0', ' ');
                builder.append(preformatted > 0 ? text : collapse(text));
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (HIDDEN.contains(tag)) {
                    hidden++;
                } else if (tag.equals("br")) {
                    builder.append('\n');
                } else if (tag.equals("pre")) {
                    preformatted++;
                    newLine();
                } else if (tag.equals("td") || tag.equals("th")) {
                    separate();
                } else if (BLOCKS.contains(tag)) {
                    newLine();
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            String tag = element.normalName();
            if (HIDDEN.contains(tag)) {
                hidden--;
            } else if (hidden > 0) {
                return;
            } else if (tag.equals("a")) {
                appendHref(element);
            } else if (tag.equals("pre")) {
                preformatted--;
                newLine();
            } else if (tag.equals("p") || tag.matches("h[1-6]")) {
                newLine();
                builder.append('\n');
            } else if (BLOCKS.contains(tag)) {
                newLine();
            }
        }

        /** {@code text (https://…)}, unless the text already shows the address or it is no web link. */
        private void appendHref(Element link) {
            String href = link.attr("href").strip();
            String shown = link.text().strip();
            String bare = href.replaceFirst("^https?://", "").replaceFirst("/$", "");
            if (href.matches("(?i)https?://.+") && !shown.isEmpty() && !shown.contains(bare)) {
                builder.append(" (").append(href).append(')');
            }
        }

        private String collapse(String text) {
            String collapsed = text.replaceAll("\\s+", " ");
            boolean atLineStart = builder.isEmpty() || builder.charAt(builder.length() - 1) == '\n';
            return atLineStart ? collapsed.stripLeading() : collapsed;
        }

        private void newLine() {
            if (!builder.isEmpty() && builder.charAt(builder.length() - 1) != '\n') {
                builder.append('\n');
            }
        }

        private void separate() {
            if (!builder.isEmpty() && !Character.isWhitespace(builder.charAt(builder.length() - 1))) {
                builder.append(' ');
            }
        }
    }
}
