package io.loopdesk.reporting.export;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A report as a writer sees it: a title, an optional subtitle (the period, the team) and blocks in reading order.
 *
 * @param locale the document's language, and how the PDF writes numbers in table cells (grouping, decimal mark)
 */
public record ReportDocument(String title, @Nullable String subtitle, Locale locale, List<Block> blocks) {

    public ReportDocument {
        Require.text(title, "A report's title");
        if (locale == null) {
            throw new IllegalArgumentException("A report's locale is required, but was null");
        }
        blocks = Require.list(blocks, "A report's blocks");
    }

    /** The tables among the blocks, in order: what a CSV or XLSX export of this report contains. */
    public List<Table> tables() {
        return blocks.stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
    }
}
