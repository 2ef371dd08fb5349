package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.bulk.BulkActionView;
import io.loopdesk.ticket.bulk.BulkActions;
import io.loopdesk.ticket.bulk.BulkChange;
import io.loopdesk.ticket.bulk.BulkKind;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk actions over the API: one change over the tickets numbered, or over every ticket a list filter matches
 * ({@code filters}, the list API's query parameters). Small actions are done when the answer comes; larger ones run
 * on, and {@code GET /api/v1/bulk-actions/{id}} follows them.
 */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class BulkApiController {

    private final BulkActions bulk;
    private final QueueQuery queueQuery;

    BulkApiController(BulkActions bulk, QueueQuery queueQuery) {
        this.bulk = bulk;
        this.queueQuery = queueQuery;
    }

    record BulkRequest(
            @Nullable BulkKind kind,
            @Nullable TicketStatus status,
            @Nullable Long assigneeId,
            @Nullable Long teamId,
            @Nullable Long macroId,
            @Nullable String note,
            @Nullable String tag,
            @Nullable String mergeInto,
            @Nullable List<String> numbers,
            @Nullable String filters) {}

    /** An action with the tickets it left as they were (the first 1,000), each with why in the reader's language. */
    record BulkJson(BulkActionView action, List<BulkActions.Refusal> refusals) {}

    @PostMapping("/api/v1/bulk-actions")
    @ResponseStatus(HttpStatus.ACCEPTED)
    BulkJson start(@RequestBody BulkRequest request, Actor actor) {
        BulkChange change = new BulkChange(
                request.kind() == null ? BulkKind.STATUS : request.kind(),
                request.status(),
                request.assigneeId(),
                request.teamId(),
                request.macroId(),
                request.note(),
                request.tag(),
                request.mergeInto());
        BulkActionView started = request.filters() != null
                ? bulk.startMatching(
                        change, queueQuery.matching(request.filters(), "workspace", actor), request.filters(), actor)
                : bulk.start(change, request.numbers() == null ? List.of() : request.numbers(), actor);
        return json(started.id(), actor);
    }

    @GetMapping("/api/v1/bulk-actions/{id}")
    BulkJson get(@PathVariable long id, Actor actor) {
        return json(id, actor);
    }

    private BulkJson json(long id, Actor actor) {
        BulkActionView action = bulk.get(id, actor);
        return new BulkJson(
                action,
                action.refused() == 0 ? List.of() : bulk.refusals(id, actor, LocaleContextHolder.getLocale(), 1000));
    }
}
