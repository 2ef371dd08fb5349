package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.savedview.NewSavedView;
import io.loopdesk.ticket.savedview.SavedView;
import io.loopdesk.ticket.savedview.SavedViews;
import io.loopdesk.ticket.savedview.ViewColumn;
import io.loopdesk.ticket.savedview.ViewScope;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved views over the API: list them with how many tickets each lists now, save one, delete one. A view's
 * {@code filters} are the list API's query parameters ({@code status=NEW&urgency=HIGH&order=DUE_SOONEST}).
 */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SavedViewApiController {

    private final SavedViews views;
    private final QueueQuery queueQuery;

    SavedViewApiController(SavedViews views, QueueQuery queueQuery) {
        this.views = views;
        this.queueQuery = queueQuery;
    }

    /** A saved view as the API shows it. */
    record ViewJson(
            long id,
            String name,
            ViewScope scope,
            @Nullable Long teamId,
            String page,
            String filters,
            Set<ViewColumn> columns,
            String href,
            long count) {}

    record ViewRequest(
            @Nullable String name,
            @Nullable ViewScope scope,
            @Nullable Long teamId,
            @Nullable String page,
            @Nullable String filters,
            @Nullable Set<ViewColumn> columns) {}

    @GetMapping("/api/v1/views")
    List<ViewJson> list(Actor actor) {
        return views.visibleTo(actor).stream().map(v -> json(v, actor)).toList();
    }

    @PostMapping("/api/v1/views")
    @ResponseStatus(HttpStatus.CREATED)
    ViewJson save(@RequestBody ViewRequest request, Actor actor) {
        String page = request.page() == null ? "workspace" : request.page();
        SavedView saved = views.save(
                new NewSavedView(
                        request.name() == null ? "" : request.name(),
                        request.scope() == null ? ViewScope.PERSONAL : request.scope(),
                        request.teamId(),
                        page,
                        queueQuery.keep(request.filters(), page, actor),
                        request.columns() == null ? ViewColumn.all() : request.columns()),
                actor);
        return json(saved, actor);
    }

    @DeleteMapping("/api/v1/views/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable long id, Actor actor) {
        views.delete(id, actor);
    }

    private ViewJson json(SavedView v, Actor actor) {
        return new ViewJson(
                v.id(),
                v.name(),
                v.scope(),
                v.teamId(),
                v.page(),
                v.filters(),
                v.columns(),
                v.href(),
                queueQuery.count(v, actor));
    }
}
