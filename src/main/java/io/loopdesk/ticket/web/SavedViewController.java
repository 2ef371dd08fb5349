package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.savedview.NewSavedView;
import io.loopdesk.ticket.savedview.SavedView;
import io.loopdesk.ticket.savedview.SavedViews;
import io.loopdesk.ticket.savedview.ViewColumn;
import io.loopdesk.ticket.savedview.ViewScope;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Saves the list on screen as a view, and deletes views, from the workspace and the desk. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SavedViewController {

    private final SavedViews views;
    private final QueueQuery queueQuery;
    private final PageActions actions;

    SavedViewController(SavedViews views, QueueQuery queueQuery, PageActions actions) {
        this.views = views;
        this.queueQuery = queueQuery;
        this.actions = actions;
    }

    @PostMapping("/workspace/views")
    String save(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "PERSONAL") ViewScope scope,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(defaultValue = "workspace") String page,
            @RequestParam(defaultValue = "") String filters,
            @RequestParam(required = false) @Nullable List<ViewColumn> columns,
            Actor actor,
            RedirectAttributes redirect) {
        String back = "/" + (page.equals("desk") ? "desk" : "workspace");
        PageActions.Outcome outcome = actions.run(() -> views.save(
                new NewSavedView(
                        name,
                        scope,
                        teamId,
                        page,
                        queueQuery.keep(filters, page, actor),
                        columns == null ? EnumSet.noneOf(ViewColumn.class) : EnumSet.copyOf(columns)),
                actor));
        actions.flash(outcome, redirect, "view.saved");
        if (outcome instanceof PageActions.Outcome.Done(SavedView saved)) {
            return "redirect:" + saved.href();
        }
        return "redirect:" + back + (filters.isBlank() ? "" : "?" + filters);
    }

    @PostMapping("/workspace/views/{id}/delete")
    String delete(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return actions.redirect("/workspace", redirect, "view.deleted", () -> {
            views.delete(id, actor);
            return null;
        });
    }
}
