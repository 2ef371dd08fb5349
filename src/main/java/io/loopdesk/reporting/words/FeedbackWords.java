package io.loopdesk.reporting.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.springframework.stereotype.Component;

/**
 * The words and two-word phrases of one feedback worth counting in a report of what customers wrote about most.
 * Chinese is segmented by Lucene's smartcn (its hidden Markov model, as classification uses), English is lower-cased
 * but not stemmed, so a report shows words as people wrote them. Left out: stop words (function words, greetings
 * and the words every feedback uses, {@code reporting/stopwords.txt} and Lucene's English list), single Chinese
 * characters (mostly particles, or pieces of words smartcn does not know), Latin words under three letters, and
 * anything with a digit or an {@code @} (order numbers, phone numbers and addresses are not topics, and must not
 * reach a report). A phrase is two kept words next to each other in the text.
 *
 * <p>Thread-safe: the analyzer keeps its per-thread state itself.
 */
@Component
public class FeedbackWords {

    /** Distinct words kept of one feedback, in the order they first appear. */
    static final int WORDS = 20;

    /** Distinct phrases kept of one feedback. */
    static final int PHRASES = 10;

    /** Longer tokens are not words (a pasted link, a log line). */
    static final int LONGEST = 40;

    /** What one feedback contributes: its words and its phrases, each once. */
    public record Terms(List<String> words, List<String> phrases) {

        public static final Terms NONE = new Terms(List.of(), List.of());
    }

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new HMMChineseTokenizer();
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
        }
    };

    /** Addresses and links, taken out before segmentation: smartcn would split them into harmless-looking words. */
    private static final Pattern CONTACTS =
            Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)*|(?:https?://|www\\.)[\\w./?=&%#:~+-]*");

    private final Set<String> stopWords = stopWords();

    /** The terms of {@code text}; none for blank text. */
    public Terms of(String text) {
        if (text.isBlank()) {
            return Terms.NONE;
        }
        Set<String> words = new LinkedHashSet<>();
        Set<String> phrases = new LinkedHashSet<>();
        String previous = null;
        try (TokenStream stream =
                analyzer.tokenStream("text", CONTACTS.matcher(text).replaceAll("。"))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String token = term.toString();
                if (!counts(token)) {
                    previous = null;
                    continue;
                }
                if (words.size() < WORDS) {
                    words.add(token);
                }
                if (previous != null && phrases.size() < PHRASES) {
                    String phrase = join(previous, token);
                    if (phrase.length() <= LONGEST) {
                        phrases.add(phrase);
                    }
                }
                previous = token;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
        return new Terms(List.copyOf(words), List.copyOf(phrases));
    }

    private boolean counts(String token) {
        if (token.length() > LONGEST || stopWords.contains(token)) {
            return false;
        }
        boolean letter = false;
        boolean latin = false;
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (Character.isDigit(c) || c == '@') {
                return false;
            }
            if (Character.isLetter(c)) {
                letter = true;
                latin |= Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            }
            i += Character.charCount(c);
        }
        int length = token.codePointCount(0, token.length());
        return letter && (latin ? length >= 3 : length >= 2);
    }

    /** Chinese words join as they are written; others with a space. */
    private static String join(String first, String second) {
        boolean latin =
                Character.UnicodeScript.of(first.codePointBefore(first.length())) == Character.UnicodeScript.LATIN
                        || Character.UnicodeScript.of(second.codePointAt(0)) == Character.UnicodeScript.LATIN;
        return latin ? first + " " + second : first + second;
    }

    private static Set<String> stopWords() {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(word -> words.add(new String((char[]) word)));
        try (InputStream in = FeedbackWords.class.getResourceAsStream("/reporting/stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("reporting/stopwords.txt is missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the stop words failed", e);
        }
        return Set.copyOf(words);
    }
}
