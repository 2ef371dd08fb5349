package io.loopdesk.operations.portability;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * How a column's value is written to the archive and read back, by the column's SQL type, so an export from H2
 * imports into PostgreSQL and back: times as ISO-8601 text with their offset, bytes as Base64, exact numbers as
 * text, everything else as JSON's own types.
 */
final class ColumnValues {

    private ColumnValues() {}

    /** The value of column {@code index} of the current row, as JSON can hold it. */
    static @Nullable Object read(ResultSet row, int index, int type) throws SQLException {
        Object value = switch (type) {
            // PostgreSQL's driver calls a timestamp with time zone TIMESTAMP; every one of ours has a zone
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> text(row.getObject(index, OffsetDateTime.class));
            case Types.DATE -> text(row.getObject(index, LocalDate.class));
            case Types.TIME, Types.TIME_WITH_TIMEZONE -> row.getString(index);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case Types.NUMERIC, Types.DECIMAL -> text(row.getBigDecimal(index));
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> row.getLong(index);
            case Types.BOOLEAN, Types.BIT -> row.getBoolean(index);
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> row.getDouble(index);
            default -> row.getString(index);
        };
        return row.wasNull() ? null : value;
    }

    /** Sets parameter {@code index} of {@code insert} to {@code value} as read from the archive. */
    static void bind(PreparedStatement insert, int index, int type, @Nullable JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            insert.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                String text = value.asString();
                boolean zoned = text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
                insert.setObject(index, zoned ? OffsetDateTime.parse(text) : LocalDateTime.parse(text));
            }
            case Types.DATE -> insert.setObject(index, LocalDate.parse(value.asString()));
            case Types.TIME -> insert.setObject(index, LocalTime.parse(value.asString()));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                insert.setBytes(index, Base64.getDecoder().decode(value.asString()));
            case Types.NUMERIC, Types.DECIMAL -> insert.setBigDecimal(index, new BigDecimal(value.asString()));
            case Types.BIGINT -> insert.setLong(index, value.asLong());
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> insert.setInt(index, value.asInt());
            case Types.BOOLEAN, Types.BIT -> insert.setBoolean(index, value.asBoolean());
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> insert.setDouble(index, value.asDouble());
            default -> insert.setString(index, value.asString());
        }
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }
}
