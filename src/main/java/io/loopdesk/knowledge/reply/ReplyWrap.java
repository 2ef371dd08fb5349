package io.loopdesk.knowledge.reply;

import org.jspecify.annotations.Nullable;

/**
 * The tenant's own opening and closing phrases, put around every public reply the desk sends (either may be
 * empty); they may use the template variables, e.g. {@code 您好，{customer}：}.
 */
public record ReplyWrap(@Nullable String opening, @Nullable String closing) {

    static final int MAX = 500;

    public static final ReplyWrap NONE = new ReplyWrap(null, null);

    public ReplyWrap {
        opening = opening == null || opening.isBlank() ? null : opening.strip();
        closing = closing == null || closing.isBlank() ? null : closing.strip();
    }

    /** {@code body} between the opening and the closing, each on lines of its own; a phrase already there is kept once. */
    String around(String body, java.util.Map<String, String> values) {
        String text = body.strip();
        String open = opening == null ? null : TemplateText.render(opening, values, Numbering.ARABIC);
        String close = closing == null ? null : TemplateText.render(closing, values, Numbering.ARABIC);
        if (open != null && !text.startsWith(open)) {
            text = open + "\n" + text;
        }
        if (close != null && !text.endsWith(close)) {
            text = text + "\n" + close;
        }
        return text;
    }
}
