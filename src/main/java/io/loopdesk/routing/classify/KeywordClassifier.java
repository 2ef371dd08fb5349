package io.loopdesk.routing.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a ticket by keyword rules.
 *
 * <p><b>Matching.</b> The text and every phrase are analyzed by {@link TextAnalyzer}. A phrase occurs where a run of
 * whole, adjacent tokens of the text spells it out: English tokens must be equal after stemming ("crashes" matches
 * the phrase "crash", "flagged" does not match "lag"); Chinese is compared character by character, but the
 * occurrence must begin and end on smartcn's word boundaries. So 无法登录 matches 无法|登录 wherever it stands,
 * 音画不同步 matches whether smartcn cut it 音|画|不同|步 or 音|画|不|同步, and 连麦 does not match
 * 连麦克风 (连|麦克风, "not even a microphone") nor 登录 match 登录器 (one word, "launcher"). Punctuation breaks a
 * phrase: 无法登录 does not match 无法，登录. The price of word boundaries: where smartcn glues a phrase's first or
 * last character to a neighbour (直|播音|画|不|同步 in 直播音画不同步), the phrase is missed; a shorter phrase (不同步)
 * catches such cases. Where one matched occurrence lies inside a longer one (延迟 inside 发货延迟), only the longer
 * counts.
 *
 * <p><b>Confidence.</b> Each category scores the sum of the weights of its distinct phrases found (a phrase counts
 * once, however often it occurs). The best category {@code b} gets
 *
 * <pre>  confidence = share × strength
 *   share    = score(b) / Σ score(c)                  how decisive: 1 when no other category matched
 *   strength = 1 − exp(−score(b) / {@value #SATURATION})   how much evidence: one weight-1 phrase 0.39, one weight-2
 *                                                     phrase 0.63, one weight-3 phrase 0.78, weight 6 in all 0.95</pre>
 *
 * so phrases of other categories lower the confidence (two categories of equal score: half the strength), and one
 * weak hint alone stays below 0.4. On a tie the category whose phrase comes first in the text is the guess. Nothing matched: empty.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeywordClassifier {

    /** The category score at which strength reaches 1 − 1/e ≈ 0.63. */
    static final double SATURATION = 2.0;

    private final TextAnalyzer analyzer;
    private final List<KeywordRule> rules;
    /** The compiled phrases by their first unit. */
    private final Map<String, List<Phrase>> phrasesByFirstUnit = new HashMap<>();

    /**
     * @throws IllegalArgumentException if a phrase has no tokens at all (only punctuation), so it could never match
     */
    public KeywordClassifier(List<KeywordRule> rules) {
        this(rules, new TextAnalyzer());
    }

    public KeywordClassifier(List<KeywordRule> rules, TextAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.rules = List.copyOf(rules);
        for (KeywordRule rule : this.rules) {
            for (String text : rule.phrases()) {
                Units units = Units.of(analyzer.analyze(text));
                if (units.size() == 0) {
                    throw new IllegalArgumentException(
                            "The phrase '" + text + "' of " + rule.categoryCode() + " has no words to match");
                }
                phrasesByFirstUnit
                        .computeIfAbsent(units.unit(0), unit -> new ArrayList<>())
                        .add(new Phrase(rule, text, units));
            }
        }
    }

    public List<KeywordRule> rules() {
        return rules;
    }

    TextAnalyzer analyzer() {
        return analyzer;
    }

    /** The best category by the rules, or empty when no phrase occurs in {@code text}. */
    public Optional<Suggestion> classify(String text) {
        return classify(analyzer.analyze(text));
    }

    /** As {@link #classify(String)}, for a text this classifier's analyzer has already read. */
    Optional<Suggestion> classify(List<Token> text) {
        List<Occurrence> found = longestOccurrences(find(Units.of(text)));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> scores = new LinkedHashMap<>(); // in order of first occurrence: ties go to the first
        Map<String, List<Phrase>> evidence = new HashMap<>();
        Set<Phrase> counted = new LinkedHashSet<>();
        found.stream().sorted(Comparator.comparingInt(Occurrence::start)).forEach(occurrence -> {
            Phrase phrase = occurrence.phrase();
            if (counted.add(phrase)) {
                scores.merge(phrase.category(), phrase.weight(), Integer::sum);
                evidence.computeIfAbsent(phrase.category(), c -> new ArrayList<>())
                        .add(phrase);
            }
        });
        String best = scores.keySet().iterator().next();
        for (Map.Entry<String, Integer> score : scores.entrySet()) {
            if (score.getValue() > scores.get(best)) {
                best = score.getKey();
            }
        }
        double total = scores.values().stream().mapToInt(Integer::intValue).sum();
        int bestScore = scores.get(best);
        double confidence = bestScore / total * (1 - Math.exp(-bestScore / SATURATION));
        List<String> matched = evidence.get(best).stream()
                .sorted(Comparator.comparingInt(Phrase::weight).reversed())
                .map(Phrase::text)
                .distinct()
                .toList();
        return Optional.of(new Suggestion(best, confidence, Suggestion.Method.RULE, matched));
    }

    private List<Occurrence> find(Units text) {
        List<Occurrence> found = new ArrayList<>();
        for (int start = 0; start < text.size(); start++) {
            if (!text.startsToken(start)) {
                continue;
            }
            for (Phrase phrase : phrasesByFirstUnit.getOrDefault(text.unit(start), List.of())) {
                if (text.matchesAt(start, phrase.units())) {
                    found.add(
                            new Occurrence(phrase, start, start + phrase.units().size()));
                }
            }
        }
        return found;
    }

    /** Drops every occurrence that lies inside a longer one; occurrences of the same span all stay. */
    private static List<Occurrence> longestOccurrences(List<Occurrence> found) {
        List<Occurrence> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Occurrence::start)
                .thenComparing(Comparator.comparingInt(Occurrence::end).reversed()));
        List<Occurrence> kept = new ArrayList<>();
        int furthestEnd = -1; // of the spans before the current one, all of which start no later
        int i = 0;
        while (i < sorted.size()) {
            Occurrence first = sorted.get(i);
            int j = i;
            while (j < sorted.size() && sorted.get(j).sameSpan(first)) {
                if (furthestEnd < first.end()) {
                    kept.add(sorted.get(j));
                }
                j++;
            }
            furthestEnd = Math.max(furthestEnd, first.end());
            i = j;
        }
        return kept;
    }

    /** A rule's phrase, analyzed. Identity matters: the same text in two rules is two phrases. */
    private static final class Phrase {
        private final KeywordRule rule;
        private final String text;
        private final Units units;

        Phrase(KeywordRule rule, String text, Units units) {
            this.rule = rule;
            this.text = text;
            this.units = units;
        }

        String category() {
            return rule.categoryCode();
        }

        int weight() {
            return rule.weight();
        }

        String text() {
            return text;
        }

        Units units() {
            return units;
        }
    }

    /** Where a phrase occurs: units {@code start} (inclusive) to {@code end} (exclusive) of the text. */
    private record Occurrence(Phrase phrase, int start, int end) {

        boolean sameSpan(Occurrence other) {
            return start == other.start && end == other.end;
        }
    }
}
