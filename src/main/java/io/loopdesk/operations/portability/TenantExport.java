package io.loopdesk.operations.portability;

import io.loopdesk.shared.Audited;
import io.loopdesk.ticket.CheckedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes all of one tenant's data as a ZIP (see {@link ExportFormat}): the files its rows point to, then every table
 * as NDJSON, parents first. Rows are read with a cursor and written one at a time, so a tenant with a million tickets
 * costs no more memory than one with ten; the whole export reads one consistent snapshot (one read-only
 * transaction on a connection of its own). A reference to another tenant's row (the person a provider's account acts for) is left out, so the
 * archive stands on its own.
 */
@Service
public class TenantExport {

    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final CheckedFiles files;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TenantSchema schema;

    TenantExport(
            DataSource dataSource,
            TenantSchema schema,
            CheckedFiles files,
            JsonMapper json,
            ApplicationEventPublisher events,
            Clock clock) {
        this.schema = schema;
        this.dataSource = dataSource;
        this.files = files;
        this.json = json;
        this.events = events;
        this.clock = clock;
    }

    /** What an export wrote. */
    public record Summary(long tenantId, Map<String, Long> rows, List<String> missingFiles) {}

    /**
     * Writes the tenant's archive to {@code out} (which stays open) and records the export in the tenant's audit
     * trail.
     *
     * @throws IllegalArgumentException when there is no such tenant
     */
    public Summary write(long tenantId, OutputStream out) throws IOException {
        TenantTables tables = schema.tables();
        Summary summary;
        // a connection of its own, so nothing else the request writes meanwhile (its session, as the response is
        // sent) joins this read-only snapshot
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                template.setFetchSize(FETCH_SIZE);
                summary = writeSnapshot(new NamedParameterJdbcTemplate(template), tables, tenantId, out);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IOException("Cannot read the tenant's data", e);
        }
        events.publishEvent(new Audited(
                tenantId,
                "tenant.exported",
                String.valueOf(tenantId),
                null,
                Map.of(
                        "rows",
                        summary.rows().values().stream()
                                .mapToLong(Long::longValue)
                                .sum())));
        return summary;
    }

    private Summary writeSnapshot(NamedParameterJdbcTemplate jdbc, TenantTables schema, long tenantId, OutputStream out)
            throws IOException {
        MapSqlParameterSource tenant = new MapSqlParameterSource("tenant", tenantId);
        Map<String, Object> head =
                jdbc.queryForList("select code, name from tenant where id = :tenant", tenant).stream()
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("No tenant " + tenantId));
        ZipOutputStream zip = new ZipOutputStream(out);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", ExportFormat.FORMAT);
        header.put("version", ExportFormat.VERSION);
        header.put("tenantId", tenantId);
        header.put("tenantCode", head.get("code"));
        header.put("tenantName", head.get("name"));
        header.put("exportedAt", clock.instant().toString());
        header.put(
                "tables",
                schema.inOrder().stream().map(TenantTables.Table::name).toList());
        entry(zip, ExportFormat.HEADER, json.writeValueAsBytes(header));

        List<String> missing = new ArrayList<>();
        for (TenantTables.Table table : schema.inOrder()) {
            if (table.fileKeyColumn().isPresent()) {
                writeFiles(jdbc, zip, table, table.fileKeyColumn().get(), tenant, missing);
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        int position = 0;
        for (TenantTables.Table table : schema.inOrder()) {
            zip.putNextEntry(new ZipEntry(
                    String.format(Locale.ROOT, "%s%03d-%s.ndjson", ExportFormat.TABLES, position++, table.name())));
            long[] count = {0};
            jdbc.query(select(schema, table), tenant, (ResultSet row) -> {
                write(zip, row);
                count[0]++;
            });
            zip.closeEntry();
            rows.put(table.name(), count[0]);
        }
        entry(zip, ExportFormat.SUMMARY, json.writeValueAsBytes(Map.of("rows", rows, "missingFiles", missing)));
        zip.finish();
        return new Summary(tenantId, rows, missing);
    }

    private void writeFiles(
            NamedParameterJdbcTemplate jdbc,
            ZipOutputStream zip,
            TenantTables.Table table,
            String keyColumn,
            MapSqlParameterSource tenant,
            List<String> missing) {
        // one file at a time as the cursor reaches its row: a tenant's attachments are not listed in memory first
        jdbc.query(
                "select " + keyColumn + " from " + table.name() + " t where " + belongs(table),
                tenant,
                (ResultSet row) -> {
                    String key = row.getString(1);
                    InputStream content;
                    try {
                        content = files.open(key);
                    } catch (IOException unreadable) {
                        missing.add(key);
                        return;
                    }
                    try (content) {
                        zip.putNextEntry(new ZipEntry(ExportFormat.FILES + key));
                        content.transferTo(zip);
                        zip.closeEntry();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private void write(ZipOutputStream zip, ResultSet row) throws SQLException {
        ResultSetMetaData columns = row.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            values.put(
                    columns.getColumnLabel(i).toLowerCase(Locale.ROOT),
                    ColumnValues.read(row, i, columns.getColumnType(i)));
        }
        try {
            zip.write(json.writeValueAsBytes(values));
            zip.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The query for the tenant's rows of {@code table}, oldest first where rows have ids (so a row comes after the
     * row of its own table it refers to); a nullable reference to a row of another tenant reads as empty.
     */
    static String select(TenantTables schema, TenantTables.Table table) {
        String columns = table.columns().stream()
                .map(column -> table.references().stream()
                        .filter(r -> r.column().equals(column.name()) && column.nullable())
                        .filter(r -> !r.table().equals("tenant"))
                        .findFirst()
                        .map(r -> schema.named(r.table()).isEmpty()
                                ? "null as " + column.name()
                                : schema.named(r.table()).get().hasTenantColumn()
                                        ? "case when exists (select 1 from " + r.table() + " p where p." + r.key()
                                                + " = t." + column.name() + " and p.tenant_id = :tenant) then t."
                                                + column.name() + " end as " + column.name()
                                        : "t." + column.name())
                        .orElse("t." + column.name()))
                .collect(Collectors.joining(", "));
        String order = table.column("id").isPresent() ? " order by t.id" : "";
        return "select " + columns + " from " + table.name() + " t where " + belongs(table) + order;
    }

    static String belongs(TenantTables.Table table) {
        if (table.name().equals("tenant")) {
            return "t.id = :tenant";
        }
        if (table.hasTenantColumn()) {
            return "t.tenant_id = :tenant";
        }
        TenantTables.Reference through = table.through();
        return "t." + through.column() + " in (select p." + through.key() + " from " + through.table()
                + " p where p.tenant_id = :tenant)";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
