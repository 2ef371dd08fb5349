package io.loopdesk.ticket.web;

import io.loopdesk.ticket.bulk.BulkChange;
import io.loopdesk.ticket.bulk.BulkRefusedException;
import io.loopdesk.ticket.value.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * The bulk bar's one choice of what to do, as its options write it: {@code STATUS:RESOLVED}, {@code ASSIGN:user:42},
 * {@code ASSIGN:team:7}, {@code MACRO:3}, {@code TAG_ADD} and {@code TAG_REMOVE} (the tag in a field of its own),
 * {@code MERGE} (the ticket to merge into in a field of its own).
 */
final class BulkChoice {

    private BulkChoice() {}

    static BulkChange parse(
            @Nullable String action, @Nullable String note, @Nullable String tag, @Nullable String into) {
        String value = action == null ? "" : action.strip();
        String[] parts = value.split(":");
        try {
            return switch (parts[0]) {
                case "STATUS" -> BulkChange.status(TicketStatus.valueOf(parts[1]), note);
                case "ASSIGN" ->
                    switch (parts[1]) {
                        case "user" -> BulkChange.assign(Long.valueOf(parts[2]), null, note);
                        case "team" -> BulkChange.assign(null, Long.valueOf(parts[2]), note);
                        default -> throw BulkRefusedException.badAction(value);
                    };
                case "MACRO" -> BulkChange.macro(Long.parseLong(parts[1]));
                case "TAG_ADD" -> BulkChange.tag(tag == null ? "" : tag, true);
                case "TAG_REMOVE" -> BulkChange.tag(tag == null ? "" : tag, false);
                case "MERGE" -> BulkChange.merge(into == null ? "" : into);
                default -> throw BulkRefusedException.badAction(value);
            };
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw BulkRefusedException.badAction(value);
        }
    }
}
