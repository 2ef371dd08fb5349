package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.TicketMacros;
import io.loopdesk.ticket.bulk.BulkActionView;
import io.loopdesk.ticket.bulk.BulkActions;
import io.loopdesk.ticket.bulk.BulkChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulk bar of the workspace and the desk: the tickets ticked, or every ticket the list's filter matches, get one
 * change; the action's page follows its progress and lists the tickets left as they were, with why.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class BulkController {

    private final BulkActions bulk;
    private final QueueQuery queueQuery;
    private final PageActions actions;
    private final UserAccounts users;
    private final TeamDirectory teams;
    private final TicketMacros macros;

    BulkController(
            BulkActions bulk,
            QueueQuery queueQuery,
            PageActions actions,
            UserAccounts users,
            TeamDirectory teams,
            TicketMacros macros) {
        this.bulk = bulk;
        this.queueQuery = queueQuery;
        this.actions = actions;
        this.users = users;
        this.teams = teams;
        this.macros = macros;
    }

    @PostMapping("/bulk")
    String start(
            @RequestParam(required = false) @Nullable String action,
            @RequestParam(required = false) @Nullable List<String> numbers,
            @RequestParam(defaultValue = "selected") String scope,
            @RequestParam(defaultValue = "workspace") String page,
            @RequestParam(defaultValue = "") String filters,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String into,
            Actor actor,
            RedirectAttributes redirect) {
        String list = "/" + (page.equals("desk") ? "desk" : "workspace");
        PageActions.Outcome outcome = actions.run(() -> {
            BulkChange change = BulkChoice.parse(action, note, tag, into);
            return scope.equals("matching")
                    ? bulk.startMatching(change, queueQuery.matching(filters, page, actor), filters, actor)
                    : bulk.start(change, numbers == null ? List.of() : numbers, actor);
        });
        if (outcome instanceof PageActions.Outcome.Done(BulkActionView started)) {
            return "redirect:/bulk/" + started.id();
        }
        actions.flash(outcome, redirect, "bulk.started");
        return "redirect:" + list + (filters.isBlank() ? "" : "?" + filters);
    }

    @GetMapping("/bulk")
    String recent(Actor actor, Model model) {
        List<BulkActionView> recent = bulk.recent(actor);
        model.addAttribute("recent", recent);
        model.addAttribute("changes", describe(recent, actor));
        return "ticket/bulk-list";
    }

    @GetMapping("/bulk/{id}")
    String show(@PathVariable long id, Actor actor, Model model) {
        fill(id, actor, model);
        return "ticket/bulk";
    }

    /** The progress part of the action's page, polled while it runs. */
    @GetMapping("/bulk/{id}/progress")
    String progress(@PathVariable long id, Actor actor, Model model) {
        fill(id, actor, model);
        return "ticket/bulk :: progress";
    }

    private void fill(long id, Actor actor, Model model) {
        BulkActionView action = bulk.get(id, actor);
        model.addAttribute("action", action);
        model.addAttribute("change", describe(List.of(action), actor).get(action.id()));
        model.addAttribute(
                "refusals",
                action.refused() == 0 ? List.of() : bulk.refusals(id, actor, LocaleContextHolder.getLocale(), 500));
    }

    /** Each action's change in words: the status, the person or team, the macro's name. */
    private Map<Long, String> describe(List<BulkActionView> list, Actor actor) {
        List<Long> people = new ArrayList<>();
        list.forEach(a -> {
            if (a.change().assigneeId() != null) {
                people.add(a.change().assigneeId());
            }
        });
        Map<Long, String> names = users.displayNames(people);
        Map<Long, String> teamNames = teams.teamsIn(actor.tenantId());
        Map<Long, String> macroNames = macros.available(actor);
        Map<Long, String> described = new java.util.HashMap<>();
        for (BulkActionView a : list) {
            BulkChange c = a.change();
            String what = switch (c.kind()) {
                case STATUS -> String.valueOf(c.status());
                case ASSIGN ->
                    c.assigneeId() != null
                            ? names.getOrDefault(c.assigneeId(), "#" + c.assigneeId())
                            : teamNames.getOrDefault(c.teamId(), "#" + c.teamId());
                case MACRO -> macroNames.getOrDefault(c.macroId(), "#" + c.macroId());
                case TAG_ADD, TAG_REMOVE -> String.valueOf(c.tag());
                case MERGE -> String.valueOf(c.mergeInto());
            };
            described.put(a.id(), what);
        }
        return described;
    }
}
