package io.loopdesk.routing.classify;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.classification.ClassificationResult;
import org.apache.lucene.classification.KNearestNeighborClassifier;
import org.apache.lucene.classification.SimpleNaiveBayesClassifier;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A classifier learned from labelled tickets with Lucene's classification module, over an in-memory index of the
 * examples analyzed by {@link TextAnalyzer}.
 *
 * <p>Two algorithms, measured against each other in {@code ClassifierEvaluationTest}:
 *
 * <ul>
 *   <li>{@link Algorithm#NEAREST_NEIGHBOURS}, the default: Lucene's {@link KNearestNeighborClassifier} finds the
 *       {@value #K} training examples most similar to the text (a BM25 "more like this" query over the text's
 *       words). A category's confidence is its similarity-weighted share of those neighbours, {@code Σ s(i in
 *       category) / Σ s(i)} with {@code s} the BM25 similarity, times {@code n / }{@value #K} when only {@code n <}
 *       {@value #K} examples share a word with the text. On the evaluation data it is right about half the time
 *       (more as tenants confirm more tickets), and its confidence is roughly calibrated: in cross-validation on the
 *       training part, guesses at 0.2–0.4 were right 28% of the time, at 0.4–0.6 47%, at 0.6–0.8 86%. {@code k = 5}
 *       came out of the same cross-validation: 3, 5, 7 and 10 were equally accurate, 5 the best calibrated.
 *   <li>{@link Algorithm#NAIVE_BAYES}: Lucene's {@link SimpleNaiveBayesClassifier}, the confidence its posterior
 *       probability. Less accurate on the evaluation data, overconfident (its guesses at 0.6 and more were right
 *       half the time) and five to ten times slower (one index query per word and category); kept for comparison.
 * </ul>
 *
 * The evidence lists the best categories with their confidence, e.g. {@code technical.client 0.71}.
 *
 * <p>Texts longer than {@value #MAX_TEXT_LENGTH} characters are classified (and learned) by their beginning. A
 * classifier trained on nothing, and any text that shares no word with the training examples, give empty.
 *
 * <p>Immutable once trained and thread-safe: concurrent {@link #classify} calls share the read-only index. It holds
 * heap memory only; there is nothing to close.
 */
public final class LearnedClassifier {

    /** How the classifier decides. */
    public enum Algorithm {
        NEAREST_NEIGHBOURS,
        NAIVE_BAYES
    }

    /** How many nearest examples vote. */
    static final int K = 5;

    static final int MAX_TEXT_LENGTH = 4_000;

    /** How many categories the evidence lists. */
    private static final int EVIDENCE = 3;

    private static final String CATEGORY = "category";

    /**
     * Reads text already analyzed by {@link TextAnalyzer} and joined by spaces back into the same terms; no term of
     * a text's classified beginning is longer than the beginning.
     */
    private static final Analyzer TOKENS_AS_READ = new WhitespaceAnalyzer(MAX_TEXT_LENGTH);

    private final TextAnalyzer analyzer;
    private final Algorithm algorithm;
    private final int size;
    private final @Nullable IndexReader reader;
    private final @Nullable SimpleNaiveBayesClassifier naiveBayes;
    private final @Nullable NearestNeighbours nearestNeighbours;

    private LearnedClassifier(TextAnalyzer analyzer, Algorithm algorithm, int size, @Nullable IndexReader reader) {
        this.analyzer = analyzer;
        this.algorithm = algorithm;
        this.size = size;
        this.reader = reader;
        this.naiveBayes = reader == null || algorithm != Algorithm.NAIVE_BAYES
                ? null
                : new SimpleNaiveBayesClassifier(reader, analyzer.lucene(), null, CATEGORY, TextAnalyzer.FIELD);
        this.nearestNeighbours =
                reader == null || algorithm != Algorithm.NEAREST_NEIGHBOURS ? null : nearestNeighbours(reader);
    }

    /** Learns from {@code examples} with the default algorithm, {@link Algorithm#NEAREST_NEIGHBOURS}. */
    public static LearnedClassifier train(List<TrainingExample> examples) {
        return train(examples, Algorithm.NEAREST_NEIGHBOURS, new TextAnalyzer());
    }

    public static LearnedClassifier train(List<TrainingExample> examples, Algorithm algorithm) {
        return train(examples, algorithm, new TextAnalyzer());
    }

    /** Learns from {@code examples}: indexes them in memory (a few thousand take well under a second). */
    public static LearnedClassifier train(List<TrainingExample> examples, Algorithm algorithm, TextAnalyzer analyzer) {
        if (examples.isEmpty()) {
            return new LearnedClassifier(analyzer, algorithm, 0, null);
        }
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer.lucene()))) {
            for (TrainingExample example : examples) {
                Document document = new Document();
                document.add(new StringField(CATEGORY, example.categoryCode(), Field.Store.YES));
                document.add(new TextField(TextAnalyzer.FIELD, beginning(example.text()), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Indexing in memory failed", e);
        }
        try {
            return new LearnedClassifier(analyzer, algorithm, examples.size(), DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Opening an in-memory index failed", e);
        }
    }

    private static NearestNeighbours nearestNeighbours(IndexReader reader) {
        try {
            return new NearestNeighbours(reader, TOKENS_AS_READ);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an in-memory index failed", e);
        }
    }

    /** How many examples it learned from. */
    public int size() {
        return size;
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    /** The most likely category, or empty when it learned nothing or the text shares no word with what it learned. */
    public Optional<Suggestion> classify(String text) {
        String beginning = beginning(text);
        return reader == null ? Optional.empty() : classify(beginning, analyzer.analyze(beginning));
    }

    /**
     * As {@link #classify(String)}, for a text an analyzer like this one's has already read into {@code tokens}: the
     * nearest-neighbour search then takes the tokens as they are instead of segmenting the text again.
     */
    Optional<Suggestion> classify(String text, List<Token> tokens) {
        if (reader == null) {
            return Optional.empty();
        }
        String beginning = beginning(text);
        List<Token> read = beginning.length() == text.length() ? tokens : analyzer.analyze(beginning);
        try {
            List<ClassificationResult<BytesRef>> classes = switch (algorithm) {
                // examples sharing no word with the text are no neighbours, so this may find none
                case NEAREST_NEIGHBOURS -> requireNearestNeighbours().getClasses(spaced(read));
                // naive Bayes would fall back on the prior
                case NAIVE_BAYES ->
                    sharesAWord(reader, read) ? requireNaiveBayes().getClasses(beginning) : List.of();
            };
            if (classes.isEmpty()) {
                return Optional.empty();
            }
            ClassificationResult<BytesRef> best = classes.getFirst();
            List<String> evidence = classes.stream()
                    .limit(EVIDENCE)
                    .filter(c -> c.getScore() >= 0.005)
                    .map(c -> String.format(
                            Locale.ROOT, "%s %.2f", c.getAssignedClass().utf8ToString(), c.getScore()))
                    .toList();
            return Optional.of(new Suggestion(
                    best.getAssignedClass().utf8ToString(),
                    Math.clamp(best.getScore(), 0.0, 1.0),
                    Suggestion.Method.LEARNED,
                    evidence));
        } catch (IOException e) {
            throw new UncheckedIOException("Searching an in-memory index failed", e);
        }
    }

    private NearestNeighbours requireNearestNeighbours() {
        if (nearestNeighbours == null) {
            throw new IllegalStateException("Not trained for nearest neighbours");
        }
        return nearestNeighbours;
    }

    private SimpleNaiveBayesClassifier requireNaiveBayes() {
        if (naiveBayes == null) {
            throw new IllegalStateException("Not trained for naive Bayes");
        }
        return naiveBayes;
    }

    private static boolean sharesAWord(IndexReader reader, List<Token> tokens) {
        try {
            for (Token token : tokens) {
                if (reader.docFreq(new Term(TextAnalyzer.FIELD, token.term())) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an in-memory index failed", e);
        }
    }

    /** Analyzed tokens joined by spaces, for {@link #TOKENS_AS_READ} to split again (no token holds a space). */
    private static String spaced(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.term()).append(' ');
        }
        return text.toString();
    }

    private static String beginning(String text) {
        return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
    }

    /**
     * Lucene's k-nearest-neighbour search ({@link KNearestNeighborClassifier}'s "more like this" query over the text's
     * words, BM25) with the class scores described above, built once per trained classifier and shared: its
     * searcher and its configured {@link MoreLikeThis} only read. Lucene's class also requires every hit to have a
     * category, a clause that matches every example, so each search scored the whole training index; here only the
     * examples sharing a word with the text are looked at, and the best {@value #K} of them found without scoring
     * the rest. The neighbours, their similarities and so the classes are the same.
     */
    private static final class NearestNeighbours {

        private final IndexSearcher searcher;
        private final MoreLikeThis moreLikeThis;

        NearestNeighbours(IndexReader reader, Analyzer analyzer) throws IOException {
            this.searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
            this.moreLikeThis = new MoreLikeThis(reader);
            moreLikeThis.setAnalyzer(analyzer);
            moreLikeThis.setFieldNames(new String[] {TextAnalyzer.FIELD});
            moreLikeThis.setMinDocFreq(1);
            moreLikeThis.setMinTermFreq(1);
            moreLikeThis.setBoost(true);
        }

        List<ClassificationResult<BytesRef>> getClasses(String text) throws IOException {
            Query like = moreLikeThis.like(TextAnalyzer.FIELD, new StringReader(text));
            TopDocs topDocs = searcher.search(like, K);
            Map<String, Double> similarity = new HashMap<>();
            double total = 0;
            int neighbours = 0;
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : topDocs.scoreDocs) {
                double textSimilarity = hit.score;
                if (textSimilarity <= 0) {
                    continue; // shares no word with the text: not a neighbour
                }
                String category = stored.document(hit.doc).get(CATEGORY);
                similarity.merge(category, textSimilarity, Double::sum);
                total += textSimilarity;
                neighbours++;
            }
            double completeness = Math.min(1.0, neighbours / (double) K);
            List<ClassificationResult<BytesRef>> classes = new ArrayList<>();
            for (Map.Entry<String, Double> entry : similarity.entrySet()) {
                classes.add(new ClassificationResult<>(
                        new BytesRef(entry.getKey()), entry.getValue() / total * completeness));
            }
            classes.sort(null);
            return classes;
        }
    }
}
