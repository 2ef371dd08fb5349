package io.loopdesk.shared;

import org.jspecify.annotations.Nullable;

/**
 * Text a database can hold. PostgreSQL refuses the NUL character in text (SQLState 22021) and UTF-8 has no encoding
 * for half a surrogate pair, so such text either fails the whole transaction or is stored on H2 and breaks every
 * export later. People typing never produce them; a client that sends them is broken or probing. Text that people
 * type is refused with the field named; text that arrives from elsewhere (mail, imported files) is cleaned and the
 * cleaning noted, because refusing it would lose the feedback.
 */
public final class StorableText {

    private StorableText() {}

    /** Whether {@code text} has no NUL character and no unpaired surrogate. */
    public static boolean isStorable(@Nullable String text) {
        return text == null || firstUnstorable(text) < 0;
    }

    /** {@code text} without its NUL characters and unpaired surrogates. */
    public static String clean(String text) {
        int first = firstUnstorable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (!Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    /** The number of characters {@link #clean} takes out of {@code text}. */
    public static int unstorableCount(String text) {
        return text.length() - clean(text).length();
    }

    private static int firstUnstorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
