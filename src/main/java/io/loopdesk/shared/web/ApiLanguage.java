package io.loopdesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The language an API answer is written in: the first of the caller's {@code Accept-Language} that Loopdesk speaks
 * (any Chinese reads Simplified Chinese, else English). Unlike pages, the API ignores the page's language cookie: a
 * client states its language in each request.
 */
public final class ApiLanguage {

    private ApiLanguage() {}

    /** The caller's language, or {@code null} when the request names none. */
    public static @Nullable Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        for (Locale.LanguageRange range : parse(header)) {
            String language = range.getRange().split("-")[0];
            if (language.equals("zh")) {
                return Locale.SIMPLIFIED_CHINESE;
            }
            if (language.equals("en")) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException malformed) {
            return java.util.List.of();
        }
    }
}
