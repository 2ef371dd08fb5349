package io.loopdesk.routing.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits Chinese and English text into the tokens classification works on, with Lucene's
 * {@link SmartChineseAnalyzer}: Chinese is segmented into words by smartcn's hidden Markov model (words missing from
 * its dictionary come out as single characters: 闪退 → 闪, 退), English words are lower-cased and Porter-stemmed
 * ("crashes" → "crash", "flagged" → "flag"), numbers and letters are split apart (X2 → x, 2), punctuation is
 * dropped. smartcn knows simplified Chinese; traditional characters mostly come out as single characters.
 *
 * <p>Thread-safe: Lucene analyzers keep their per-thread state themselves, so one instance may serve all threads.
 * The first instance loads smartcn's dictionaries (about 0.2 s); later instances share them.
 */
public final class TextAnalyzer {

    /** The field name passed to Lucene; smartcn analyzes every field alike. */
    static final String FIELD = "text";

    private final Analyzer analyzer = new SmartChineseAnalyzer();

    /** The tokens of {@code text} in order; empty for blank text. Linear in the length (100k characters ≈ 0.1 s). */
    public List<String> tokens(String text) {
        return analyze(text).stream().map(Token::term).toList();
    }

    /** The tokens of {@code text} with their positions; a punctuation mark between two tokens leaves a gap. */
    List<Token> analyze(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
        return tokens;
    }

    /** The Lucene analyzer itself, for indexing and for Lucene's classifiers. */
    Analyzer lucene() {
        return analyzer;
    }
}
