package io.loopdesk.reporting.export;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** How wide a table's columns want to be, in Latin characters, for writers that size columns to their content. */
final class ColumnWidths {

    /** Enough rows to judge a column by; a long table's later rows look like its first. */
    private static final int ROWS_MEASURED = 200;

    private ColumnWidths() {}

    /**
     * The widest text of each column: its header and its cells as {@code text} shows them, in the first rows.
     * Unbounded: each writer clamps to what suits its page or sheet.
     */
    static int[] of(Table table, Function<@Nullable Object, String> text) {
        int[] widths = new int[table.columns().size()];
        List<List<@Nullable Object>> measured =
                table.rows().subList(0, Math.min(ROWS_MEASURED, table.rows().size()));
        for (int i = 0; i < widths.length; i++) {
            int widest = displayWidth(table.columns().get(i).header());
            for (List<@Nullable Object> row : measured) {
                widest = Math.max(widest, displayWidth(text.apply(row.get(i))));
            }
            widths[i] = widest;
        }
        return widths;
    }

    /** Roughly how many Latin letters wide a text is: a CJK character (U+2E80 and up) takes about two. */
    static int displayWidth(String text) {
        return text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    }
}
