package io.loopdesk.intake.imports;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 writes it: a header row naming the columns, fields separated by commas, records by CRLF or LF,
 * quoted fields that may hold commas, quotes ({@code ""}) and line breaks. A record is reported with the line it
 * starts on.
 */
final class CsvReader implements RecordReader {

    private final PushbackReader in;
    private final int maxChars;
    private @Nullable List<String> header;
    private long line = 1;
    private boolean ended;

    CsvReader(Reader in, int maxChars) {
        this.in = new PushbackReader(in, 1);
        this.maxChars = maxChars;
    }

    /** The header row; read before the first record. */
    List<String> header() throws IOException {
        if (header == null) {
            Row row = row();
            header = row == null || row.problem != null ? List.of() : row.fields;
        }
        return header;
    }

    @Override
    public @Nullable SourceLine next() throws IOException {
        List<String> columns = header();
        while (true) {
            Row row = row();
            if (row == null) {
                return null;
            }
            if (row.problem != null) {
                return SourceLine.unreadable(row.line, row.problem);
            }
            if (row.fields.size() == 1 && row.fields.getFirst().isBlank()) {
                continue;
            }
            if (row.fields.size() != columns.size()) {
                return SourceLine.unreadable(
                        row.line,
                        "The row has " + row.fields.size() + " fields but the header names " + columns.size()
                                + " columns.");
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (!row.fields.get(i).isEmpty()) {
                    fields.put(columns.get(i), row.fields.get(i));
                }
            }
            return SourceLine.of(row.line, fields);
        }
    }

    private record Row(
            long line, List<String> fields, @Nullable String problem) {}

    private @Nullable Row row() throws IOException {
        if (ended) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int size = 0;
        String problem = null;
        boolean quoted = false;
        boolean afterQuote = false;
        boolean any = false;
        while (true) {
            int c = in.read();
            if (c < 0) {
                ended = true;
                if (quoted && problem == null) {
                    problem = "A quoted field is not closed before the end of the file.";
                }
                if (!any) {
                    return null;
                }
                fields.add(field.toString());
                return new Row(start, fields, problem);
            }
            any = true;
            if (++size > maxChars && problem == null) {
                problem = "The record is longer than " + maxChars + " characters.";
            }
            if (quoted) {
                if (c == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        if (next >= 0) {
                            in.unread(next);
                        }
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    if (problem == null) {
                        field.append((char) c);
                    }
                }
                continue;
            }
            switch (c) {
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                }
                case '\r' -> {
                    int next = in.read();
                    if (next != '\n' && next >= 0) {
                        in.unread(next);
                    }
                    line++;
                    fields.add(field.toString());
                    return new Row(start, fields, problem);
                }
                case '\n' -> {
                    line++;
                    fields.add(field.toString());
                    return new Row(start, fields, problem);
                }
                case '"' -> {
                    if (field.isEmpty() && !afterQuote) {
                        quoted = true;
                    } else if (problem == null) {
                        problem = "A quote (\") inside an unquoted field; quote the whole field and double the quote.";
                    }
                }
                default -> {
                    if (afterQuote && problem == null) {
                        problem = "Text after the closing quote of a field.";
                    }
                    if (problem == null) {
                        field.append((char) c);
                    }
                }
            }
        }
    }
}
