package io.loopdesk.routing.classify;

import java.util.regex.Pattern;

/** The syntax of category codes: {@code technical}, {@code technical.stream}, {@code commercial.not-as-described}. */
final class CategoryCode {

    static final Pattern FORMAT = Pattern.compile("[a-z0-9_-]{1,48}(\\.[a-z0-9_-]{1,48})?");

    private CategoryCode() {}

    /** Returns {@code code} if it is a valid category code, else throws {@link IllegalArgumentException}. */
    static String requireValid(String code) {
        if (!FORMAT.matcher(code).matches()) {
            throw new IllegalArgumentException(
                    "Not a category code (one or two levels of [a-z0-9_-]{1,48}): '" + code + "'");
        }
        return code;
    }
}
