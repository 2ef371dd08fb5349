package io.loopdesk.intake.imports;

import io.loopdesk.shared.Sha256;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.value.RelatedLinks;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One checked record: where it was found, what was written, when and by whom. Its {@link #fingerprint()} is what
 * makes a second import of the same record a duplicate: the source's own id when the record has one, else the
 * source, time, author and text together.
 */
record ImportedRecord(
        ImportSource source,
        String content,
        Instant originalAt,
        @Nullable String author,
        @Nullable String authorLink,
        @Nullable String originalId,
        @Nullable String liveRoomId,
        @Nullable String orderNumber,
        @Nullable String title,
        @Nullable String category) {

    /** Reads the fields of a line; times without a zone are in {@code zone} (the tenant's). */
    static ImportedRecord from(Map<String, String> raw, java.time.ZoneId zone) {
        Map<ImportField, String> fields = new EnumMap<>(ImportField.class);
        for (Map.Entry<String, String> entry : raw.entrySet()) {
            ImportField field = ImportField.named(entry.getKey())
                    .orElseThrow(() -> new RecordRejectedException(
                            "Unknown field '" + entry.getKey() + "'; known: " + ImportField.known() + "."));
            String value = entry.getValue().strip();
            if (!value.isEmpty()) {
                fields.put(field, value);
            }
        }
        String source = required(fields, ImportField.SOURCE);
        ImportSource parsedSource;
        try {
            parsedSource = ImportSource.valueOf(source.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RecordRejectedException("Unknown source '" + source + "'; known: "
                    + String.join(
                            ", ",
                            java.util.Arrays.stream(ImportSource.values())
                                    .map(Enum::name)
                                    .toList())
                    + ".");
        }
        String originalId = fields.get(ImportField.ORIGINAL_ID);
        if (originalId != null && originalId.length() > 200) {
            throw new RecordRejectedException("originalId must not be longer than 200 characters.");
        }
        String link = fields.get(ImportField.AUTHOR_LINK);
        if (link != null && !(link.startsWith("http://") || link.startsWith("https://"))) {
            throw new RecordRejectedException("authorLink must be a web address starting with http:// or https://.");
        }
        return new ImportedRecord(
                parsedSource,
                required(fields, ImportField.CONTENT),
                OriginalTime.parse(required(fields, ImportField.TIME), zone),
                fields.get(ImportField.AUTHOR),
                link,
                originalId,
                fields.get(ImportField.LIVE_ROOM_ID),
                fields.get(ImportField.ORDER_NUMBER),
                fields.get(ImportField.TITLE),
                fields.get(ImportField.CATEGORY));
    }

    String fingerprint() {
        String identity = originalId != null
                ? source + "\u0000id\u0000" + originalId
                : source + "\u0000" + originalAt + "\u0000" + (author == null ? "" : author) + "\u0000" + content;
        return Sha256.hex(identity);
    }

    /** The ticket it becomes: the comment is the description, the account the customer. */
    OpenTicket ticket() {
        return OpenTicket.builder()
                .customer(author, author, null)
                .title(title)
                .description(content)
                .category(category)
                .links(new RelatedLinks(liveRoomId, null, orderNumber))
                .firstReceivedAt(originalAt)
                .build();
    }

    private static String required(Map<ImportField, String> fields, ImportField field) {
        String value = fields.get(field);
        if (value == null) {
            throw new RecordRejectedException(field.apiName() + " is required.");
        }
        return value;
    }
}
