package io.loopdesk.shared.search;

import com.ibm.icu.text.Transliterator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The analysis of every searchable text: Traditional Chinese is folded to Simplified first (ICU's
 * {@code Traditional-Simplified} transform: 無法登錄 reads as 无法登录), then smartcn segments Chinese into words,
 * lower-cases English and splits letters from digits, English words are Porter-stemmed ("crashes" finds
 * "crash"), and punctuation is dropped (smartcn's stop set). Indexed text and queries go through the same analysis, so a Traditional query finds a Simplified
 * article and the other way round.
 *
 * <p>The fold is ICU's transform taken character by character, once, into a table: it keeps every character where
 * it was, so highlights computed on the folded text mark the right words of the original, and it costs a look-up per
 * character where the rule-based transform cost more than segmenting (measured: most of the time spent marking the
 * words of a search in the texts it chose).
 */
public final class ChineseTextAnalyzer extends Analyzer {

    /** The text as Simplified Chinese, character for character. */
    public static String fold(String text) {
        char[] folded = text.toCharArray();
        char[] table = Fold.TABLE;
        for (int i = 0; i < folded.length; i++) {
            folded[i] = table[folded[i]];
        }
        return new String(folded);
    }

    /** Each UTF-16 unit's Simplified form where ICU folds it to one unit, else itself; built on first use. */
    private static final class Fold {

        static final char[] TABLE = table();

        private static char[] table() {
            Transliterator transform = Transliterator.getInstance("Traditional-Simplified");
            char[] table = new char[Character.MAX_VALUE + 1];
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                table[c] = (char) c;
                if (Character.isIdeographic(c)
                        || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS) {
                    String folded = transform.transliterate(String.valueOf((char) c));
                    if (folded.length() == 1) {
                        table[c] = folded.charAt(0);
                    }
                }
            }
            return table;
        }
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        try {
            return new StringReader(fold(read(reader)));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the text to analyse failed", e);
        }
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new StopFilter(new PorterStemFilter(tokenizer), SmartChineseAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(tokenizer, stream);
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[4096];
        for (int n = reader.read(buffer); n != -1; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }
}
