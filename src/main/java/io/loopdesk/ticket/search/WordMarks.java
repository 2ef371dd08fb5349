package io.loopdesk.ticket.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryTermScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.jspecify.annotations.Nullable;

/**
 * The words of one search marked in the texts of the tickets it chose, read from the database. The index keeps no copy
 * of the texts: reading the ticket id of a few thousand matches from stored documents that also held every text was
 * most of a list's text filter (measured: 60 % of its time at a million tickets), while the chosen few are marked
 * here with the index's own analyser and the same words as the index reads them.
 */
final class WordMarks {

    private static final String FIELD = "text";

    private final Analyzer analyzer;
    private final @Nullable Query query;
    private final int snippet;

    /**
     * For {@code words} as a person typed them (operators included, as the index reads them); a passage of a longer
     * text is about {@code snippet} characters; {@code analyzer} is the one the index reads texts with.
     */
    WordMarks(String words, int snippet, Analyzer analyzer) {
        this.analyzer = analyzer;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(FIELD, 1f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        this.query = parser.parse(words);
        this.snippet = snippet;
    }

    /** The best passage of {@code text} with the words marked (HTML, the text escaped); null if none is in it. */
    @Nullable
    String passage(@Nullable String text) {
        if (query == null || text == null || text.isEmpty()) {
            return null;
        }
        // every occurrence of a word is marked, a phrase's words too where they stand apart: the position-aware
        // scorer built a small index of each text to find the phrases, half of what a search page allocated
        Highlighter highlighter = new Highlighter(
                new SimpleHTMLFormatter("<mark>", "</mark>"),
                new SimpleHTMLEncoder(),
                new QueryTermScorer(query, FIELD));
        highlighter.setTextFragmenter(new SimpleFragmenter(snippet));
        try {
            String marked = highlighter.getBestFragment(analyzer, FIELD, text);
            // one mark over a word smartcn split in two (开锁 → 开, 锁) rather than two marks side by side
            return marked == null ? null : marked.replace("</mark><mark>", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidTokenOffsetsException e) {
            throw new IllegalStateException("the text analysis gave offsets outside the text", e);
        }
    }
}
