package io.loopdesk.operations.portability;

import io.loopdesk.shared.DomainException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a tenant archive ({@link ExportFormat}) into a database that does not hold that tenant yet, all or nothing:
 * the files are stored first under new keys, then every row is inserted in one transaction, parents first, the file
 * keys rewritten; the archive's own count of rows per table must be met, and the id sequences are moved past what
 * was imported. Anything wrong — not an archive, a newer schema, a row that does not fit, an archive cut short —
 * rolls everything back and removes the stored files.
 */
public final class TenantImport {

    private static final int BATCH = 500;

    /** Where the archive's files go. */
    public interface FileStore {

        /** Stores {@code content} (which the store must not close) under a new key. */
        String put(InputStream content) throws IOException;

        void delete(String key);
    }

    /** What was imported. */
    public record Result(long tenantId, String tenantCode, Map<String, Long> rows, int files) {}

    private final DataSource target;
    private final FileStore files;
    private final JsonMapper json;

    public TenantImport(DataSource target, FileStore files, JsonMapper json) {
        this.target = target;
        this.files = files;
        this.json = json;
    }

    /**
     * Imports the archive read from {@code archive}.
     *
     * @throws ImportRefusedException when the archive cannot be imported; nothing is kept then
     */
    public Result read(InputStream archive) throws IOException {
        TenantTables schema = TenantTables.of(target);
        Map<String, String> newKeys = new HashMap<>();
        try (Connection connection = target.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Result result = read(new ZipInputStream(archive, StandardCharsets.UTF_8), schema, connection, newKeys);
                connection.commit();
                return result;
            } catch (SQLException | IOException | RuntimeException failed) {
                connection.rollback();
                newKeys.values().forEach(files::delete);
                if (failed instanceof java.util.zip.ZipException || failed instanceof java.io.EOFException) {
                    throw refused("import.damaged", "The archive is damaged: it is not a whole ZIP file.");
                }
                if (failed instanceof SQLException refusedByTheDatabase) {
                    throw refused(
                            "import.row",
                            "A row of the archive does not fit this database: " + refusedByTheDatabase.getMessage());
                }
                throw failed;
            }
        } catch (SQLException e) {
            throw new IOException("Cannot reach the database", e);
        }
    }

    private Result read(ZipInputStream zip, TenantTables schema, Connection connection, Map<String, String> newKeys)
            throws IOException, SQLException {
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(ExportFormat.HEADER)) {
            throw refused("import.format", "This is not a Loopdesk tenant export.");
        }
        JsonNode header = tree(zip.readAllBytes());
        if (!ExportFormat.FORMAT.equals(header.path("format").asString(""))
                || header.path("version").asInt(0) != ExportFormat.VERSION) {
            throw refused("import.format", "This is not a Loopdesk tenant export.");
        }
        long tenantId = header.path("tenantId").asLong();
        String code = header.path("tenantCode").asString("");
        if (exists(connection, tenantId, code)) {
            throw new ImportRefusedException(
                    DomainException.Kind.CONFLICT,
                    "import.exists",
                    "The tenant " + code + " (id " + tenantId + ") is already here; an import goes into a database"
                            + " without it.",
                    code,
                    tenantId);
        }
        for (JsonNode table : header.path("tables")) {
            if (schema.named(table.asString()).isEmpty()) {
                throw refused(
                        "import.schema",
                        "The archive holds the table " + table.asString() + ", which this version does not know.",
                        table.asString());
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        JsonNode summary = null;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (name.startsWith(ExportFormat.FILES)) {
                newKeys.put(name.substring(ExportFormat.FILES.length()), files.put(StreamUtils.nonClosing(zip)));
            } else if (name.startsWith(ExportFormat.TABLES)) {
                String table = name.substring(name.indexOf('-') + 1, name.length() - ".ndjson".length());
                TenantTables.Table shape = schema.named(table)
                        .orElseThrow(() ->
                                refused("import.schema", "The archive holds an unknown table " + table + ".", table));
                rows.put(table, insert(connection, shape, zip, newKeys));
            } else if (name.equals(ExportFormat.SUMMARY)) {
                summary = tree(zip.readAllBytes());
            }
        }
        if (summary == null) {
            throw refused("import.incomplete", "The archive is cut short: its summary is missing.");
        }
        for (var expected : summary.path("rows").properties()) {
            if (rows.getOrDefault(expected.getKey(), -1L) != expected.getValue().asLong()) {
                throw refused(
                        "import.incomplete",
                        "The archive is cut short: the table " + expected.getKey() + " is not whole.",
                        expected.getKey());
            }
        }
        for (String table : rows.keySet()) {
            moveSequencePast(connection, schema.named(table).orElseThrow());
        }
        moveTicketNumbersPast(connection, tenantId);
        return new Result(tenantId, code, rows, newKeys.size());
    }

    private long insert(Connection connection, TenantTables.Table table, InputStream entry, Map<String, String> newKeys)
            throws IOException, SQLException {
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(StreamUtils.nonClosing(entry), StandardCharsets.UTF_8));
        String fileKey = table.fileKeyColumn().orElse(null);
        List<TenantTables.Column> columns = null;
        PreparedStatement insert = null;
        long count = 0;
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = tree(line.getBytes(StandardCharsets.UTF_8));
                if (insert == null) {
                    columns = columnsOf(table, row);
                    insert = connection.prepareStatement("insert into " + table.name() + " ("
                            + String.join(
                                    ", ",
                                    columns.stream()
                                            .map(TenantTables.Column::name)
                                            .toList())
                            + ") values ("
                            + String.join(", ", columns.stream().map(c -> "?").toList()) + ")");
                }
                for (int i = 0; i < columns.size(); i++) {
                    TenantTables.Column column = columns.get(i);
                    JsonNode value = row.get(column.name());
                    if (column.name().equals(fileKey) && value != null && newKeys.containsKey(value.asString())) {
                        value = json.getNodeFactory().stringNode(newKeys.get(value.asString()));
                    }
                    ColumnValues.bind(insert, i + 1, column.type(), value);
                }
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            if (insert != null) {
                insert.executeBatch();
            }
        } finally {
            if (insert != null) {
                insert.close();
            }
        }
        return count;
    }

    /** The target's columns the row names; a field the target does not have means a schema this version lacks. */
    private static List<TenantTables.Column> columnsOf(TenantTables.Table table, JsonNode row) {
        List<TenantTables.Column> columns = new ArrayList<>();
        for (String field : row.propertyNames()) {
            columns.add(table.column(field)
                    .orElseThrow(() -> refused(
                            "import.schema",
                            "The archive's table " + table.name() + " has a column " + field
                                    + " this version does not know.",
                            table.name() + "." + field)));
        }
        return columns;
    }

    private static boolean exists(Connection connection, long tenantId, String code) throws SQLException {
        return count(connection, "select count(*) from tenant where id = ? or code = ?", tenantId, code) > 0;
    }

    /** Moves {@code <table>_seq} past the highest id now in the table, so new rows do not collide with imported ones. */
    private static void moveSequencePast(Connection connection, TenantTables.Table table) throws SQLException {
        String sequence = table.name() + "_seq";
        if (table.column("id").isEmpty() || !sequenceExists(connection, sequence)) {
            return;
        }
        long highest = single(connection, "select coalesce(max(id), 0) from " + table.name());
        long next = single(connection, "select nextval('" + sequence + "')");
        if (next <= highest) {
            // ids are handed out in blocks of 50 from the sequence's value: start the next block past the highest id
            try (var alter = connection.createStatement()) {
                alter.execute("alter sequence " + sequence + " restart with " + (highest + 100));
            }
        }
    }

    /** Ticket numbers end in a number from {@code ticket_number_seq}: move it past the imported tickets' numbers. */
    private static void moveTicketNumbersPast(Connection connection, long tenantId) throws SQLException {
        if (!sequenceExists(connection, "ticket_number_seq")) {
            return;
        }
        long highest = 0;
        try (PreparedStatement query = connection.prepareStatement("select number from ticket where tenant_id = ?")) {
            query.setLong(1, tenantId);
            try (ResultSet numbers = query.executeQuery()) {
                while (numbers.next()) {
                    String number = numbers.getString(1);
                    String digits = number.substring(number.lastIndexOf('-') + 1);
                    if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 18) {
                        highest = Math.max(highest, Long.parseLong(digits));
                    }
                }
            }
        }
        if (single(connection, "select nextval('ticket_number_seq')") <= highest) {
            try (var alter = connection.createStatement()) {
                alter.execute("alter sequence ticket_number_seq restart with " + (highest + 1));
            }
        }
    }

    private static boolean sequenceExists(Connection connection, String sequence) throws SQLException {
        return count(
                        connection,
                        "select count(*) from information_schema.sequences where lower(sequence_name) = ?",
                        sequence)
                > 0;
    }

    private static long count(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private JsonNode tree(byte[] content) {
        try {
            return json.readTree(content);
        } catch (JacksonException unreadable) {
            throw refused("import.damaged", "The archive is damaged: a part of it is not JSON.");
        }
    }

    private static ImportRefusedException refused(String code, String message, Object... args) {
        return new ImportRefusedException(DomainException.Kind.INVALID, code, message, args);
    }
}
