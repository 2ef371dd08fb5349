package io.loopdesk.shared.meaning;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns texts into vectors that lie close together when the texts mean the same: BGE small zh v1.5 (quantised, 512
 * dimensions), a pretrained Chinese/English sentence-embedding model shipped inside its jar and run in-process on the
 * CPU by ONNX Runtime. About 3 ms a text in batches on two cores (bench/RESULTS.md, issue 24).
 *
 * <p>One per JVM: the model is immutable and thread-safe, takes a second and some 100 MB to load, and every
 * application context of a node (and of a test run) can share it. Loaded on first use, so a node that never
 * classifies never pays for it.
 */
public final class SentenceEncoder {

    /** Texts per model call: batching is what makes the model fast. */
    static final int BATCH = 32;

    /** What is read of a text: the model sees at most 512 tokens, and the opening says what the feedback is about. */
    static final int MAX_CHARS = 512;

    private static final class Shared {
        static final SentenceEncoder INSTANCE = new SentenceEncoder(new BgeSmallZhV15QuantizedEmbeddingModel());
    }

    /**
     * Texts encoded lately: a storm's reports, a template's wording and the clauses customers repeat ("请尽快处理") come
     * back again and again, and the model costs milliseconds where a lookup costs nothing. About 2 KB a text.
     */
    static final int RECENT = 4_096;

    private final EmbeddingModel model;
    private final Cache<String, float[]> recent =
            Caffeine.newBuilder().maximumSize(RECENT).build();

    SentenceEncoder(EmbeddingModel model) {
        this.model = model;
    }

    /** The JVM's encoder, loading the model on the first call. */
    public static SentenceEncoder shared() {
        return Shared.INSTANCE;
    }

    /**
     * The vectors of {@code texts}, in order, each of length 1. A text met recently, or twice in the list, is encoded
     * once; the vectors are shared, so never change one.
     */
    public List<float[]> encode(List<String> texts) {
        List<String> readables = texts.stream().map(SentenceEncoder::readable).toList();
        Map<String, float[]> known = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String readable : readables) {
            if (!known.containsKey(readable)) {
                float[] met = recent.getIfPresent(readable);
                known.put(readable, met);
                if (met == null) {
                    unknown.add(readable);
                }
            }
        }
        for (int from = 0; from < unknown.size(); from += BATCH) {
            List<String> batch = unknown.subList(from, Math.min(unknown.size(), from + BATCH));
            List<Embedding> embedded = model.embedAll(
                            batch.stream().map(TextSegment::from).toList())
                    .content();
            for (int i = 0; i < batch.size(); i++) {
                float[] vector = unit(embedded.get(i).vector());
                known.put(batch.get(i), vector);
                recent.put(batch.get(i), vector);
            }
        }
        return readables.stream().map(known::get).toList();
    }

    /** The vector of one text. */
    public float[] encode(String text) {
        return encode(List.of(text)).getFirst();
    }

    /** The cosine similarity of two vectors of length 1. */
    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static String readable(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "-"; // the model refuses an empty segment; an empty text means nothing in particular
        }
        if (trimmed.length() <= MAX_CHARS) {
            return trimmed;
        }
        // never half an emoji or a rare character outside the BMP
        int end = Character.isHighSurrogate(trimmed.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return trimmed.substring(0, end);
    }

    private static float[] unit(float[] vector) {
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        if (norm == 0) {
            return vector;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] * scale;
        }
        return unit;
    }
}
