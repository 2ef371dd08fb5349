package io.loopdesk.notification.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/** The bundles as one tenant says them: its own text for a key and language where it wrote one. */
final class TenantMessages implements MessageSource {

    private final MessageSource bundles;
    private final Map<String, String> overrides;

    /** @param overrides texts by {@code key + "|" + language tag} */
    TenantMessages(MessageSource bundles, Map<String, String> overrides) {
        this.bundles = bundles;
        this.overrides = overrides;
    }

    static String slot(String key, Locale language) {
        return key + "|" + (language.getLanguage().equals("zh") ? "zh-CN" : language.getLanguage());
    }

    @Override
    public @Nullable String getMessage(
            String code, @Nullable Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
        String own = overrides.get(slot(code, locale));
        if (own == null) {
            return bundles.getMessage(code, args, defaultMessage, locale);
        }
        return args == null ? own : new MessageFormat(own, locale).format(args);
    }

    @Override
    public String getMessage(String code, @Nullable Object @Nullable [] args, Locale locale)
            throws NoSuchMessageException {
        String own = overrides.get(slot(code, locale));
        if (own == null) {
            return bundles.getMessage(code, args, locale);
        }
        return args == null ? own : new MessageFormat(own, locale).format(args);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) throws NoSuchMessageException {
        return bundles.getMessage(resolvable, locale);
    }
}
