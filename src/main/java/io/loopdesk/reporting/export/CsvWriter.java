package io.loopdesk.reporting.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Table} as CSV by RFC 4180 (Apache Commons CSV): a header row, then one record per row, CRLF line
 * ends, fields quoted where they hold a comma, a quote or a line break.
 *
 * <p>UTF-8 with a byte order mark, because Excel reads a CSV without one in the system's ANSI code page and shows
 * Chinese as mojibake. A text that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe,
 * so a spreadsheet shows it as text instead of running it as a formula (CSV injection); numbers are written as they
 * are, negative ones too. Numbers are plain ({@code 1234.5}, never grouped), for machines as much as for people.
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * Writes the table to {@code out}, which is flushed but left open for the caller to close.
     *
     * @throws IOException when {@code out} cannot be written
     */
    public void write(Table table, OutputStream out) throws IOException {
        out.write(UTF8_BOM);
        // not closed: that would close the caller's stream; flushed instead
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>();
        for (Table.Column column : table.columns()) {
            header.add(guarded(column.header()));
        }
        csv.printRecord(header);
        List<@Nullable String> record = new ArrayList<>(header.size());
        for (List<@Nullable Object> row : table.rows()) {
            record.clear();
            for (@Nullable Object cell : row) {
                record.add(field(cell));
            }
            csv.printRecord(record);
        }
        csv.flush();
    }

    private static @Nullable String field(@Nullable Object cell) {
        return switch (cell) {
            case null -> null;
            // toPlainString: BigDecimal's toString would write 1E+3
            case BigDecimal decimal -> decimal.toPlainString();
            case Number number -> number.toString();
            default -> guarded(cell.toString());
        };
    }

    /** A text a spreadsheet would take for a formula, made plain text by a leading apostrophe (OWASP's advice). */
    static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
