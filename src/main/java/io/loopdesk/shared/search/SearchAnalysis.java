package io.loopdesk.shared.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analysers the search index knows by name; set as the Lucene backend's analysis configurer in
 * {@code application.properties}.
 */
public final class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Chinese and English prose: titles, article bodies, ticket messages ({@link ChineseTextAnalyzer}). */
    public static final String TEXT = "text";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(TEXT).instance(new ChineseTextAnalyzer());
    }
}
