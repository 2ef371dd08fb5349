package io.loopdesk.routing.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;

/**
 * The ready-made Chinese and English keyword rules for the categories of the requirements (§4, seed 002), from
 * {@value #RESOURCE}, for tenant admins to start from:
 * {@code technical.stream}, {@code technical.client}, {@code technical.network}, {@code technical.server},
 * {@code content.vulgar}, {@code content.false-ads}, {@code content.harassment}, {@code content.co-streaming},
 * {@code commercial.quality}, {@code commercial.not-as-described}, {@code commercial.delivery},
 * {@code commercial.logistics}, {@code commercial.returns}, {@code commercial.merchant-attitude},
 * {@code suggestion}, {@code consultation}.
 */
public final class DefaultRules {

    static final String RESOURCE = "routing/default-rules.txt";

    private DefaultRules() {}

    /** The rule file as text, in the {@link RuleFile} format. */
    public static String text() {
        try {
            return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE + " failed", e);
        }
    }

    /** The rules, parsed. */
    public static List<KeywordRule> rules() {
        return Loaded.RULES;
    }

    /** Parsed once, on first use. */
    private static final class Loaded {
        static final List<KeywordRule> RULES = RuleFile.parse(text());
    }
}
