package io.loopdesk.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One text of the independent evaluation set ({@code src/test/resources/eval/feedback.tsv}, see the README beside
 * it): written apart from the demo data, the example sentences, the keyword rules and the texts anything was tuned
 * on, so that the figures measured on it say how the product does on feedback it has never seen. Nothing may be
 * tuned on it.
 *
 * @param category the category code it belongs to
 * @param complaint whether a support team must treat it as a complaint
 * @param signals for a complaint, what shows it ({@code authority}, {@code media}, {@code callback}, {@code repeat},
 *     {@code tone}); empty otherwise
 * @param duplicateGroup the incident it reports with others in other words, or null
 * @param language {@code zh-Hans}, {@code zh-Hant}, {@code en} or {@code mixed}
 */
public record IndependentFeedback(
        String id,
        String category,
        boolean complaint,
        Set<String> signals,
        @Nullable String duplicateGroup,
        String language,
        String text) {

    static final String FILE = "/eval/feedback.tsv";

    /** The whole set, in file order. */
    public static List<IndependentFeedback> load() {
        List<IndependentFeedback> all = new ArrayList<>();
        try (InputStream in = IndependentFeedback.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine(); // the header
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 7) {
                    throw new IllegalStateException(FILE + ": 7 columns expected, not " + f.length + ": " + line);
                }
                all.add(new IndependentFeedback(
                        f[0],
                        f[1],
                        f[2].equals("yes"),
                        f[3].equals("-") ? Set.of() : Set.of(f[3].split(",")),
                        f[4].equals("-") ? null : f[4],
                        f[5],
                        f[6]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** The top-level category: {@code technical} of {@code technical.stream}. */
    public String topLevel() {
        int dot = category.indexOf('.');
        return dot < 0 ? category : category.substring(0, dot);
    }
}
