package io.loopdesk.ticket;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A category's code and its names in both languages, as the module that owns categories (routing) tells them.
 *
 * @param code {@code technical} or {@code technical.network}
 * @param holding a category the system files tickets under until a person decides (needs refinement): lists filter
 *     by it, but nobody picks it for a ticket
 */
public record CategoryName(String code, String nameZh, String nameEn, boolean holding) {

    /** The top-level code of a sub-category, {@code null} for a top-level one. */
    public @Nullable String parent() {
        int dot = code.indexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** The name in {@code locale}'s language: Chinese for Chinese, English for every other. */
    public String name(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? nameZh : nameEn;
    }
}
