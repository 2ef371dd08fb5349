package io.loopdesk.routing.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The text format of keyword rules, one phrase a line, for files tenant admins edit:
 *
 * <pre>
 * # category | weight | phrase
 * technical.client | 3 | 闪退
 * technical.client | 3 | crash
 * </pre>
 *
 * Blank lines and lines starting with {@code #} are ignored. Consecutive lines of the same category and weight form
 * one {@link KeywordRule}; a phrase may not contain {@code |}.
 */
public final class RuleFile {

    private RuleFile() {}

    /**
     * The rules in {@code content}.
     *
     * @throws IllegalArgumentException naming the line, if a line is not {@code category | weight | phrase} or its
     *     parts are invalid
     */
    public static List<KeywordRule> parse(String content) {
        List<KeywordRule> rules = new ArrayList<>();
        @Nullable String category = null;
        int weight = 0;
        List<String> phrases = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException(
                        "Line " + number + ": expected 'category | weight | phrase', found '" + line + "'");
            }
            String lineCategory = parts[0].strip();
            int lineWeight;
            try {
                lineWeight = Integer.parseInt(parts[1].strip());
                new KeywordRule(lineCategory, List.of(parts[2]), lineWeight);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
            }
            if (!lineCategory.equals(category) || lineWeight != weight) {
                if (category != null) {
                    rules.add(new KeywordRule(category, phrases, weight));
                }
                category = lineCategory;
                weight = lineWeight;
                phrases = new ArrayList<>();
            }
            phrases.add(parts[2]);
        }
        if (category != null) {
            rules.add(new KeywordRule(category, phrases, weight));
        }
        return List.copyOf(rules);
    }

    /** {@code rules} in the file format; {@link #parse} reads it back as equal rules. */
    public static String format(List<KeywordRule> rules) {
        return rules.stream()
                .flatMap(rule -> rule.phrases().stream()
                        .map(phrase -> rule.categoryCode() + " | " + rule.weight() + " | " + phrase))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
