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
 * <p>The fold keeps every character where it was, so highlights computed on the folded text mark the right words of
 * the stored original; a text whose fold would change its length (a rare multi-character rule) is analysed unfolded.
 */
public final class ChineseTextAnalyzer extends Analyzer {

    /** ICU transliterators are not thread-safe; each thread gets its own. */
    private static final ThreadLocal<Transliterator> FOLD =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /** The text as Simplified Chinese, character for character; unchanged if the fold would move characters. */
    public static String fold(String text) {
        String folded = FOLD.get().transliterate(text);
        return folded.length() == text.length() ? folded : text;
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
