package io.loopdesk.sla.complaint;

import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.NearestExamples.Closeness;
import io.loopdesk.shared.meaning.SentenceEncoder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads complaint signals by meaning, where the word list ({@link WordList}) knows only its phrases: a threat to go
 * to the authorities or to make it public, a request for a call or a manager, "the same problem again" said in the
 * text, a heated or sarcastic tone, in any wording, in Chinese and English.
 *
 * <p><b>How.</b> A text is read clause by clause (and whole), since the complaint in a message is often one clause
 * beside a calm description of the problem. A clause shows a signal when it is closer in meaning ({@link
 * SentenceEncoder}) to that signal's {@value #NEAREST} nearest example sentences than to the nearest calm ones by at
 * least {@value #MARGIN}; the calm examples include calm reports of the same problems, so the topic alone does not make a
 * complaint. The examples are {@value #RESOURCE}; the number of nearest examples and the margin were chosen on the
 * development texts ({@code src/test/resources/complaint/development.txt}), apart from the independent set the
 * figures in bench/RESULTS.md come from.
 *
 * <p>Thread-safe.
 */
final class ComplaintMeaning {

    static final String RESOURCE = "sla/complaint-examples.txt";

    /** How much closer to a signal than to calm a clause must be. */
    static final double MARGIN = 0.05;

    /** Examples a label's closeness is the mean of; the nearest one is the reason shown. */
    static final int NEAREST = 2;

    /** Shorter pieces ("好的", "OK") say nothing on their own. */
    static final int MIN_CLAUSE = 4;

    /** Clauses read of one text: a long e-mail's opening carries its tone; the rest is read whole. */
    static final int MAX_CLAUSES = 12;

    private static final String CALM = "calm";
    private static final Pattern CLAUSE_END = Pattern.compile("[，。！？；,.!?;\\n]+");
    private static final Map<String, ComplaintSignal> SIGNALS = Map.of(
            "authority", ComplaintSignal.THREATENS_AUTHORITIES,
            "media", ComplaintSignal.THREATENS_PUBLICITY,
            "callback", ComplaintSignal.PHONE_CALL_REQUESTED,
            "repeat", ComplaintSignal.REPEATED_PROBLEM,
            "tone", ComplaintSignal.HEATED_WORDS);

    /** A signal found in a text: the customer's clause and the example sentence it reads like. */
    record Found(ComplaintSignal signal, String clause, String example, double margin) {}

    private final List<NearestExamples.Example> examples;
    private final SentenceEncoder encoder;
    private volatile @Nullable NearestExamples encoded;

    private ComplaintMeaning(List<NearestExamples.Example> examples, SentenceEncoder encoder) {
        this.examples = examples;
        this.encoder = encoder;
    }

    /**
     * A reader with these examples, labelled with the signal names of {@value #RESOURCE} or {@code calm}; they are
     * encoded on the first read, so a node that never reads never loads the model.
     *
     * @throws IllegalArgumentException for an unknown label, or without calm examples
     */
    static ComplaintMeaning of(List<NearestExamples.Example> examples, SentenceEncoder encoder) {
        for (NearestExamples.Example example : examples) {
            if (!CALM.equals(example.label()) && !SIGNALS.containsKey(example.label())) {
                throw new IllegalArgumentException(
                        "Unknown complaint signal '" + example.label() + "' (" + example.text() + "); known: "
                                + String.join(", ", new TreeSet<>(SIGNALS.keySet())) + " and " + CALM);
            }
        }
        if (examples.stream().noneMatch(e -> CALM.equals(e.label()))) {
            throw new IllegalArgumentException("Complaint examples need calm ones to tell a complaint from");
        }
        return new ComplaintMeaning(List.copyOf(examples), encoder);
    }

    /** The signals each text shows, strongest clause per signal, in the order of the texts; one model call. */
    List<List<Found>> read(List<String> texts) {
        List<List<String>> clauses =
                texts.stream().map(ComplaintMeaning::clauses).toList();
        List<float[]> vectors =
                encoder.encode(clauses.stream().flatMap(List::stream).toList());
        List<List<Found>> found = new ArrayList<>(texts.size());
        int next = 0;
        for (List<String> ofText : clauses) {
            Map<ComplaintSignal, Found> strongest = new EnumMap<>(ComplaintSignal.class);
            for (String clause : ofText) {
                signals(clause, vectors.get(next++))
                        .forEach(f -> strongest.merge(f.signal(), f, (a, b) -> a.margin() >= b.margin() ? a : b));
            }
            found.add(List.copyOf(strongest.values()));
        }
        return found;
    }

    private List<Found> signals(String clause, float[] vector) {
        List<Closeness> closeness = encoded().closeness(vector);
        double calm = closeness.stream()
                .filter(c -> CALM.equals(c.label()))
                .mapToDouble(Closeness::similarity)
                .findFirst()
                .orElse(0);
        List<Found> found = new ArrayList<>();
        for (Closeness c : closeness) {
            ComplaintSignal signal = SIGNALS.get(c.label());
            if (signal != null && c.similarity() - calm >= MARGIN) {
                found.add(new Found(signal, clause, c.nearest(), c.similarity() - calm));
            }
        }
        return found;
    }

    private NearestExamples encoded() {
        NearestExamples ready = encoded;
        if (ready == null) {
            synchronized (this) {
                ready = encoded;
                if (ready == null) {
                    ready = NearestExamples.of(examples, encoder, NEAREST);
                    encoded = ready;
                }
            }
        }
        return ready;
    }

    /** The text's clauses of at least {@value #MIN_CLAUSE} characters (at most {@value #MAX_CLAUSES}), then itself. */
    static List<String> clauses(String text) {
        String whole = text.strip();
        List<String> clauses = new ArrayList<>();
        for (String piece : CLAUSE_END.split(whole)) {
            String clause = piece.strip();
            if (clause.codePointCount(0, clause.length()) >= MIN_CLAUSE
                    && !clause.equals(whole)
                    && clauses.size() < MAX_CLAUSES) {
                clauses.add(clause);
            }
        }
        clauses.add(whole);
        return clauses;
    }
}
