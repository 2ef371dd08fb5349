package io.loopdesk.notification.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The texts customers are sent as the bundles say them, by key and language: what a tenant may rewrite. They are the
 * keys under {@link #EDITABLE} prefixes in every module's bundle ({@code i18n/<module>_zh_CN.properties}, {@code _en}).
 */
final class DefaultTexts {

    /** The notices that reach customers: the survey module's loop notices, SLA notices, incident resolutions. */
    static final String[] EDITABLE = {"survey.notice.", "sla.customer.", "notice.incident."};

    static final Locale[] LANGUAGES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    private final Map<String, Map<Locale, String>> texts;

    private DefaultTexts(Map<String, Map<Locale, String>> texts) {
        this.texts = texts;
    }

    static DefaultTexts load() {
        Map<String, Map<Locale, String>> texts = new TreeMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (Locale language : LANGUAGES) {
            String suffix = language == Locale.ENGLISH ? "_en.properties" : "_zh_CN.properties";
            try {
                for (Resource bundle : resolver.getResources("classpath*:i18n/*" + suffix)) {
                    Properties properties =
                            PropertiesLoaderUtils.loadProperties(new EncodedResource(bundle, StandardCharsets.UTF_8));
                    properties.forEach((key, text) -> {
                        if (editable(key.toString())) {
                            texts.computeIfAbsent(key.toString(), k -> new java.util.HashMap<>())
                                    .put(language, text.toString());
                        }
                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new DefaultTexts(texts);
    }

    static boolean editable(String key) {
        for (String prefix : EDITABLE) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Every editable key in order, with its text in each language. */
    Map<String, Map<Locale, String>> all() {
        return texts;
    }

    String of(String key, Locale language) {
        Map<Locale, String> byLanguage = texts.get(key);
        return byLanguage == null ? "" : byLanguage.getOrDefault(language, "");
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }
}
