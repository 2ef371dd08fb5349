package io.loopdesk.ticket.bulk;

import io.loopdesk.ticket.tag.TagName;
import io.loopdesk.ticket.value.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * The change a bulk action makes to each ticket.
 *
 * @param kind what it does
 * @param status the status a {@link BulkKind#STATUS} action moves tickets to
 * @param assigneeId the person an {@link BulkKind#ASSIGN} action gives tickets to ({@code null}: nobody)
 * @param teamId the team an {@link BulkKind#ASSIGN} action puts tickets in ({@code null}: their own team stays)
 * @param macroId the macro a {@link BulkKind#MACRO} action applies
 * @param note the reason history shows (required by the lifecycle for reopening and for closing unresolved tickets)
 * @param tag the tag a {@link BulkKind#TAG_ADD} or {@link BulkKind#TAG_REMOVE} action puts on or takes off
 * @param mergeInto the number of the ticket a {@link BulkKind#MERGE} action merges the others into
 */
public record BulkChange(
        BulkKind kind,
        @Nullable TicketStatus status,
        @Nullable Long assigneeId,
        @Nullable Long teamId,
        @Nullable Long macroId,
        @Nullable String note,
        @Nullable String tag,
        @Nullable String mergeInto) {

    static final int MAX_NOTE = 500;

    public static BulkChange status(TicketStatus status, @Nullable String note) {
        return new BulkChange(BulkKind.STATUS, status, null, null, null, note, null, null);
    }

    public static BulkChange assign(@Nullable Long assigneeId, @Nullable Long teamId, @Nullable String note) {
        return new BulkChange(BulkKind.ASSIGN, null, assigneeId, teamId, null, note, null, null);
    }

    public static BulkChange macro(long macroId) {
        return new BulkChange(BulkKind.MACRO, null, null, null, macroId, null, null, null);
    }

    /** Puts {@code tag} on each ticket, or takes it off. */
    public static BulkChange tag(String tag, boolean add) {
        return new BulkChange(add ? BulkKind.TAG_ADD : BulkKind.TAG_REMOVE, null, null, null, null, null, tag, null);
    }

    /** Merges each ticket into ticket {@code into}, which stays as it is. */
    public static BulkChange merge(String into) {
        return new BulkChange(BulkKind.MERGE, null, null, null, null, null, null, into);
    }

    /** The change with a blank note dropped, or refused when it lacks what its kind needs. */
    BulkChange checked() {
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw BulkRefusedException.invalid(
                    "note", "bulk.note.tooLong", "The note has at most " + MAX_NOTE + " characters.");
        }
        switch (kind) {
            case STATUS -> {
                if (status == null) {
                    throw BulkRefusedException.invalid("status", "bulk.status.required", "Choose the new status.");
                }
            }
            case ASSIGN -> {
                if (assigneeId == null && teamId == null) {
                    throw BulkRefusedException.invalid(
                            "assigneeId", "bulk.assign.required", "Choose a person or a team to assign to.");
                }
            }
            case MACRO -> {
                if (macroId == null) {
                    throw BulkRefusedException.invalid("macroId", "bulk.macro.required", "Choose a macro.");
                }
            }
            case TAG_ADD, TAG_REMOVE -> {
                if (tag == null || tag.isBlank()) {
                    throw BulkRefusedException.invalid("tag", "bulk.tag.required", "Name the tag to add or remove.");
                }
                return new BulkChange(kind, null, null, null, null, trimmed, TagName.of(tag), null);
            }
            case MERGE -> {
                if (mergeInto == null
                        || mergeInto.isBlank()
                        || mergeInto.strip().length() > 32) {
                    throw BulkRefusedException.invalid(
                            "mergeInto",
                            "bulk.merge.required",
                            "Give the number of the ticket to merge the others into.");
                }
                return new BulkChange(kind, null, null, null, null, trimmed, null, mergeInto.strip());
            }
        }
        return new BulkChange(kind, status, assigneeId, teamId, macroId, trimmed, null, null);
    }
}
