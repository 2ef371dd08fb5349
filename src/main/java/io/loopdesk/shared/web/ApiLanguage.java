package io.loopdesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language an API answer is written in: the first of the caller's {@code Accept-Language} that Loopdesk speaks
 * (any Chinese reads Simplified Chinese), Chinese without one. Unlike pages, the API ignores the page's language
 * cookie: a client states its language in each request.
 */
public final class ApiLanguage {

    private ApiLanguage() {}

    public static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null
                ? Locale.SIMPLIFIED_CHINESE
                : LocaleConfiguration.fromBrowser(request);
    }
}
