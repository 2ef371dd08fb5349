package io.loopdesk.intake.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an address header ({@code From}, {@code To}, {@code Cc}, {@code Reply-To}) leniently: quoted display
 * names with commas, comments, groups, {@code ;} as a separator, a missing closing bracket, a display name written
 * without quotes before a bare address ({@code Test test@example.com}). Display names are decoded with
 * {@link HeaderText} after the list is split, so a comma inside an encoded name does not split it.
 */
final class AddressList {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?[^?\\s]+\\?[bBqQ]\\?[^?]*\\?=");

    private AddressList() {}

    static List<MailAddress> parse(@Nullable String raw, @Nullable String hint) {
        List<MailAddress> addresses = new ArrayList<>();
        if (raw == null) {
            return addresses;
        }
        for (String item : split(raw.replaceAll("\\r?\\n", ""))) {
            MailAddress address = mailbox(item, hint);
            if (address != null) {
                addresses.add(address);
            }
        }
        return addresses;
    }

    /** Splits at commas and semicolons outside quotes, comments and angle brackets. */
    private static List<String> split(String raw) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean angled = false;
        int comment = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && (quoted || comment > 0) && i + 1 < raw.length()) {
                item.append(c).append(raw.charAt(++i));
                continue;
            }
            Matcher word = ENCODED_WORD.matcher(raw).region(i, raw.length());
            if (!quoted && c == '=' && word.lookingAt()) {
                item.append(word.group()); // a comma inside an encoded word is no separator (corpus mail065)
                i = word.end() - 1;
                continue;
            }
            if (c == '"' && comment == 0) {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                comment++;
            } else if (!quoted && c == ')' && comment > 0) {
                comment--;
            } else if (!quoted && comment == 0 && c == '<') {
                angled = true;
            } else if (!quoted && comment == 0 && c == '>') {
                angled = false;
            } else if (!quoted && comment == 0 && !angled && (c == ',' || c == ';')) {
                items.add(item.toString());
                item.setLength(0);
                continue;
            }
            item.append(c);
        }
        items.add(item.toString());
        return items;
    }

    private static @Nullable MailAddress mailbox(String item, @Nullable String hint) {
        String text = item.strip();
        int open = outsideQuotes(text, '<');
        if (open >= 0) {
            int close = text.indexOf('>', open);
            String address = text.substring(open + 1, close < 0 ? text.length() : close);
            return address.isBlank()
                    ? null
                    : new MailAddress(address(address, hint), name(text.substring(0, open), hint));
        }
        String comment = comments(text);
        String bare = text.replaceAll("\\((?:[^()\\\\]|\\\\.)*\\)", "").strip();
        int group = outsideQuotes(bare, ':');
        if (group >= 0) {
            bare = bare.substring(group + 1).strip(); // "Team: a@example.com" or "undisclosed-recipients:"
        }
        if (bare.isEmpty()) {
            return null;
        }
        if (bare.startsWith("\"") && bare.endsWith("\"") && bare.length() > 1 && bare.contains("@")) {
            // only a quoted address, no brackets (corpus mail035): the quotes hide the address, not a name
            return new MailAddress(address(bare.substring(1, bare.length() - 1), hint), name(comment, hint));
        }
        int space = bare.lastIndexOf(' ');
        if (space > 0 && bare.substring(space + 1).contains("@") && !bare.startsWith("\"")) {
            return new MailAddress(address(bare.substring(space + 1), hint), name(bare.substring(0, space), hint));
        }
        return new MailAddress(address(bare, hint), name(comment, hint));
    }

    /** The address with raw 8-bit bytes decoded: UTF-8 in addresses is allowed (RFC 6532: {@code jdöe@mächine.example}). */
    private static String address(String raw, @Nullable String hint) {
        return HeaderText.plain(raw, hint);
    }

    /** The decoded display name: quotes and escapes removed, encoded words and raw bytes decoded. */
    static String name(String raw, @Nullable String hint) {
        String unquoted = raw.strip().replaceAll("^\"|\"$", "").replaceAll("\\\\(.)", "$1");
        return HeaderText.decode(unquoted, hint).strip();
    }

    private static String comments(String text) {
        int start = text.indexOf('(');
        int end = text.lastIndexOf(')');
        return start >= 0 && end > start ? text.substring(start + 1, end) : "";
    }

    private static int outsideQuotes(String text, char wanted) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                return i;
            }
        }
        return -1;
    }
}
