package io.loopdesk.reporting.export;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A titled table: a PDF table, a CSV file or an XLSX sheet.
 *
 * @param title names the table above it in a PDF and its sheet in an XLSX workbook
 * @param rows every row has one cell per column; a cell is a {@link String}, a {@link Number} or null (empty).
 *     Numbers stay numbers so that a spreadsheet can sum them; the PDF formats them in the report's locale.
 */
public record Table(String title, List<Column> columns, List<List<@Nullable Object>> rows) implements Block {

    public Table {
        Require.text(title, "A table's title");
        columns = Require.list(columns, "The columns of table '" + title + "'");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("Table '" + title + "' needs at least one column");
        }
        rows = checkedRows(title, columns.size(), Require.list(rows, "The rows of table '" + title + "'"));
    }

    private static List<List<@Nullable Object>> checkedRows(
            String title, int width, List<List<@Nullable Object>> rows) {
        List<List<@Nullable Object>> checked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<@Nullable Object> row = rows.get(i);
            // rows are counted from 1, as a reader of the report counts them (the header is not a row)
            String where = "Table '" + title + "', row " + (i + 1);
            if (row.size() != width) {
                throw new IllegalArgumentException(
                        where + " has " + row.size() + " cells, but the table has " + width + " columns");
            }
            for (@Nullable Object cell : row) {
                if (cell != null && !(cell instanceof String) && !(cell instanceof Number)) {
                    throw new IllegalArgumentException(where + ": a cell is a String, a Number or null, not a "
                            + cell.getClass().getName());
                }
            }
            checked.add(Require.listAllowingNulls(row, where));
        }
        return List.copyOf(checked);
    }

    /** A column: its header and how its cells line up. */
    public record Column(String header, Align align) {

        public Column {
            Require.text(header, "A column's header");
            if (align == null) {
                throw new IllegalArgumentException("The alignment of column '" + header + "' is required");
            }
        }

        /** A left-aligned column, for text. */
        public static Column text(String header) {
            return new Column(header, Align.LEFT);
        }

        /** A right-aligned column, for numbers, so that their digits line up. */
        public static Column number(String header) {
            return new Column(header, Align.RIGHT);
        }
    }

    /** How the cells of a column line up. */
    public enum Align {
        LEFT,
        CENTER,
        RIGHT
    }
}
