package io.loopdesk.operations.portability;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * The tables that hold a tenant's data, as the database's own catalogue describes them, parents before children:
 * the {@code tenant} row itself, every table with a {@code tenant_id}, and every table without one whose rows
 * belong to such a table's rows through a foreign key (a user's roles, a team's members). The installation's own
 * tables (migrations, sessions, timers, sign-in throttling, service providers and their grants, the record of erased
 * tenants) are not a tenant's.
 */
final class TenantTables {

    /** The installation's tables, and those of the platform's relationships with outside providers. */
    private static final Set<String> NOT_A_TENANTS = Set.of(
            "flyway_schema_history",
            "spring_session",
            "spring_session_attributes",
            "scheduled_tasks",
            "event_publication",
            "sign_in_throttle",
            "service_provider",
            "provider_person",
            "provider_grant",
            "tenant_erasure");

    /** Columns that hold a key of the file store rather than data: the file goes into the archive beside the row. */
    static final Set<String> FILE_KEY_COLUMNS = Set.of("storage_key", "store_key");

    /** A column as the catalogue types it ({@link java.sql.Types}). */
    record Column(String name, int type, boolean nullable) {}

    /** A foreign key of one column. */
    record Reference(String column, String table, String key) {}

    /**
     * One table: how its rows of a tenant are found ({@code tenant_id}, or through {@code through}, a reference to a
     * table that has one), its columns and references.
     */
    record Table(
            String name,
            List<Column> columns,
            List<Reference> references,
            @Nullable Reference through) {

        boolean hasTenantColumn() {
            return columns.stream().anyMatch(c -> c.name().equals("tenant_id"));
        }

        Optional<Column> column(String name) {
            return columns.stream().filter(c -> c.name().equals(name)).findFirst();
        }

        Optional<String> fileKeyColumn() {
            return columns.stream()
                    .map(Column::name)
                    .filter(FILE_KEY_COLUMNS::contains)
                    .findFirst();
        }
    }

    private final List<Table> tables;

    private TenantTables(List<Table> tables) {
        this.tables = List.copyOf(tables);
    }

    /** Parents first: {@code tenant}, then each table after every table it references. */
    List<Table> inOrder() {
        return tables;
    }

    Optional<Table> named(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static TenantTables of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection.getMetaData(), connection.getSchema());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database catalogue", e);
        }
    }

    private static TenantTables read(DatabaseMetaData catalogue, String schema) throws SQLException {
        Map<String, Table> all = new LinkedHashMap<>();
        try (ResultSet names = catalogue.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (names.next()) {
                String name = names.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_A_TENANTS.contains(name)) {
                    all.put(
                            name,
                            new Table(
                                    name, columns(catalogue, schema, name), references(catalogue, schema, name), null));
                }
            }
        }
        Map<String, Table> owned = new LinkedHashMap<>();
        owned.put("tenant", all.get("tenant"));
        all.values().stream()
                .filter(Table::hasTenantColumn)
                .filter(t -> standsWithoutThePlatform(t, all))
                .forEach(t -> owned.put(t.name(), t));
        for (Table table : all.values()) {
            if (!owned.containsKey(table.name())) {
                table.references().stream()
                        .filter(r -> owned.containsKey(r.table()) && !r.table().equals("tenant"))
                        .filter(r -> owned.get(r.table()).hasTenantColumn())
                        .findFirst()
                        .ifPresent(through -> owned.put(
                                table.name(), new Table(table.name(), table.columns(), table.references(), through)));
            }
        }
        return new TenantTables(parentsFirst(owned));
    }

    /** Whether no required reference of {@code table} leads to a table that is not a tenant's. */
    private static boolean standsWithoutThePlatform(Table table, Map<String, Table> all) {
        return table.references().stream()
                .filter(r -> !all.containsKey(r.table()))
                .noneMatch(r -> table.column(r.column()).map(c -> !c.nullable()).orElse(true));
    }

    private static List<Table> parentsFirst(Map<String, Table> owned) {
        Set<String> placed = new LinkedHashSet<>();
        List<Table> ordered = new ArrayList<>();
        while (ordered.size() < owned.size()) {
            int before = ordered.size();
            for (Table table : owned.values()) {
                boolean ready = !placed.contains(table.name())
                        && table.references().stream()
                                .map(Reference::table)
                                .filter(parent -> !parent.equals(table.name()) && owned.containsKey(parent))
                                .allMatch(placed::contains);
                if (ready) {
                    placed.add(table.name());
                    ordered.add(table);
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("Tables reference each other in a circle: "
                        + owned.keySet().stream()
                                .filter(n -> !placed.contains(n))
                                .toList());
            }
        }
        return ordered;
    }

    private static List<Column> columns(DatabaseMetaData catalogue, String schema, String table) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (ResultSet rows = catalogue.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                if ("YES".equalsIgnoreCase(rows.getString("IS_GENERATEDCOLUMN"))) {
                    // computed from the other columns, by the database that holds the row
                    continue;
                }
                columns.add(new Column(
                        rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getInt("DATA_TYPE"),
                        rows.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
            }
        }
        return columns;
    }

    private static List<Reference> references(DatabaseMetaData catalogue, String schema, String table)
            throws SQLException {
        List<Reference> references = new ArrayList<>();
        try (ResultSet rows = catalogue.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                references.add(new Reference(
                        rows.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        rows.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        return references;
    }
}
