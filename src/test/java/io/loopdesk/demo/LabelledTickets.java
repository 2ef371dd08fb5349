package io.loopdesk.demo;

import io.loopdesk.routing.classify.TrainingExample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The labelled data set of the classifier evaluation: the demo catalogue's problems (title and description, Chinese
 * and English) plus the rephrasings in {@code classifier/rephrasings.txt}, split deterministically into training
 * and held-out parts.
 */
record LabelledTickets(List<TrainingExample> training, List<TrainingExample> heldOut) {

    static final String REPHRASINGS = "classifier/rephrasings.txt";

    /** Every third example of each category, in the order of a hash of its text, is held out. */
    static LabelledTickets split() {
        Map<String, List<TrainingExample>> byCategory = new LinkedHashMap<>();
        all().forEach(e -> byCategory
                .computeIfAbsent(e.categoryCode(), c -> new ArrayList<>())
                .add(e));
        List<TrainingExample> training = new ArrayList<>();
        List<TrainingExample> heldOut = new ArrayList<>();
        byCategory.values().forEach(examples -> {
            List<TrainingExample> shuffled = examples.stream()
                    .sorted(Comparator.comparingInt(
                                    (TrainingExample e) -> mix(e.text().hashCode()))
                            .thenComparing(TrainingExample::text))
                    .toList();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % 3 == 0 ? heldOut : training).add(shuffled.get(i));
            }
        });
        return new LabelledTickets(List.copyOf(training), List.copyOf(heldOut));
    }

    static List<TrainingExample> all() {
        return Stream.concat(demoProblems().stream(), rephrasings().stream()).toList();
    }

    static List<TrainingExample> demoProblems() {
        return Stream.concat(DemoCatalogue.SMART_HOME.stream(), DemoCatalogue.LIVE_SHOP.stream())
                .flatMap(p -> Stream.of(
                        new TrainingExample(p.category(), p.zhTitle() + "\n" + p.zhDescription()),
                        new TrainingExample(p.category(), p.enTitle() + "\n" + p.enDescription())))
                .toList();
    }

    static List<TrainingExample> rephrasings() {
        try (InputStream in = LabelledTickets.class.getClassLoader().getResourceAsStream(REPHRASINGS)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + REPHRASINGS);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> {
                        int bar = line.indexOf('|');
                        return new TrainingExample(
                                line.substring(0, bar).strip(),
                                line.substring(bar + 1).strip());
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a text is Chinese: it contains a Han character. */
    static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** Spreads String.hashCode (similar texts have similar hashes) so the split does not follow the wording. */
    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
