package io.loopdesk.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@link Table}s as an XLSX workbook, one sheet per table, with fastexcel's streaming writer: rows go to the
 * stream in batches, so memory holds one batch and the distinct texts, not the whole workbook.
 *
 * <p>Numbers stay numbers, so the sheet can sum them; texts are always text cells, never formulas, so nothing in a
 * ticket can run in a spreadsheet. The header row is bold and frozen; columns are as wide as their content, within
 * bounds; sheet names are the table titles made to fit Excel's rules ({@link SheetNames}). A text longer than a cell
 * holds (32,767 characters) is cut there and ends in "…", since Excel would refuse the whole file.
 *
 * <p>Stateless and thread-safe.
 */
public final class XlsxWriter {

    /** Excel's limits: rows per sheet and characters per cell. */
    static final int MAX_ROWS = Worksheet.MAX_ROWS;

    static final int MAX_CELL_TEXT = 32_767;

    private static final int ROWS_PER_FLUSH = 1_000;
    private static final int NARROWEST = 8;
    private static final int WIDEST = 60;

    /**
     * Writes the tables to {@code out}, which is left open for the caller to close.
     *
     * @throws IllegalArgumentException when there is no table, or a table has more rows than a sheet holds
     * @throws IOException when {@code out} cannot be written
     */
    public void write(List<Table> tables, OutputStream out) throws IOException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("An XLSX workbook needs at least one table");
        }
        for (Table table : tables) {
            if (table.rows().size() + 1 > MAX_ROWS) {
                throw new IllegalArgumentException("Table '" + table.title() + "' has "
                        + table.rows().size() + " rows; a sheet holds " + (MAX_ROWS - 1) + " below its header");
            }
        }
        Workbook workbook = new Workbook(out, "Loopdesk", null);
        SheetNames names = new SheetNames();
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(names.next(table.title()));
            sheet(table, sheet);
            // finished one by one: fastexcel streams one sheet at a time
            sheet.finish();
        }
        // finish, not close: close would end the caller's stream too
        workbook.finish();
    }

    private static void sheet(Table table, Worksheet sheet) throws IOException {
        List<Table.Column> columns = table.columns();
        int[] widths = ColumnWidths.of(table, cell -> cell == null ? "" : cell.toString());
        for (int c = 0; c < columns.size(); c++) {
            sheet.width(c, Math.clamp(widths[c] + 2, NARROWEST, WIDEST));
            sheet.value(0, c, text(columns.get(c).header()));
            sheet.style(0, c).bold().fillColor("F3F4F6").set();
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<@Nullable Object> row = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r + 1, c, row.get(c), columns.get(c).align());
            }
            if ((r + 1) % ROWS_PER_FLUSH == 0) {
                sheet.flush();
            }
        }
    }

    private static void cell(Worksheet sheet, int r, int c, @Nullable Object value, Table.Align align) {
        switch (value) {
            case null -> {
                return;
            }
            // NaN and infinity have no place in a spreadsheet number; shown as text they are at least not lost
            case Double number when !Double.isFinite(number) -> sheet.value(r, c, number.toString());
            case Float number when !Float.isFinite(number) -> sheet.value(r, c, number.toString());
            case Number number -> sheet.value(r, c, number);
            default -> sheet.value(r, c, text(value.toString()));
        }
        if (align != Table.Align.LEFT) {
            sheet.style(r, c)
                    .horizontalAlignment(align.name().toLowerCase(Locale.ROOT))
                    .set();
        }
    }

    private static String text(String text) {
        if (text.length() <= MAX_CELL_TEXT) {
            return text;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
