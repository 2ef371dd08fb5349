package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.shared.web.TimeParameters;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.savedview.SavedViews;
import io.loopdesk.ticket.savedview.ViewColumn;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import io.loopdesk.ticket.view.TimelineEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff ticket page: every field, one timeline, and the work done on it (reply, note, status, progress,
 * assignment). Each action answers an htmx request with the refreshed ticket in place, and a plain form post
 * with a redirect, so the page also works without JavaScript.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class TicketPageController {

    private final PageActions actions;
    private final Tickets tickets;
    private final TicketQueries queries;
    private final UserAccounts users;
    private final TeamDirectory teams;
    private final CategoryDirectory categories;
    private final Attachments attachments;
    private final FilesModel files;
    private final SecretsModel secrets;
    private final TimeParameters times;
    private final SavedViews savedViews;

    TicketPageController(
            PageActions actions,
            Tickets tickets,
            TicketQueries queries,
            UserAccounts users,
            TeamDirectory teams,
            CategoryDirectory categories,
            Attachments attachments,
            FilesModel files,
            SecretsModel secrets,
            TimeParameters times,
            SavedViews savedViews) {
        this.actions = actions;
        this.tickets = tickets;
        this.queries = queries;
        this.users = users;
        this.teams = teams;
        this.categories = categories;
        this.attachments = attachments;
        this.files = files;
        this.secrets = secrets;
        this.times = times;
        this.savedViews = savedViews;
    }

    @GetMapping("/tickets/{number}")
    String page(@PathVariable String number, Actor actor, Model model) {
        fill(number, actor, model);
        return "ticket/page";
    }

    @PostMapping("/tickets/{number}/messages")
    String addMessage(
            @PathVariable String number,
            @RequestParam(defaultValue = "PUBLIC_REPLY") MessageKind kind,
            @RequestParam(defaultValue = "") String body,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                htmx,
                kind == MessageKind.PUBLIC_REPLY ? "done.reply" : "done.note",
                () -> attachments.replyWith(number, kind, body, Uploads.of(uploads, null), actor));
    }

    @PostMapping("/tickets/{number}/status")
    String changeStatus(
            @PathVariable String number,
            @RequestParam TicketStatus status,
            @RequestParam(required = false) @Nullable String reason,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                htmx,
                "done.status",
                () -> tickets.changeStatus(number, status, reason, actor));
    }

    @PostMapping("/tickets/{number}/take")
    String take(
            @PathVariable String number,
            @RequestParam(defaultValue = "true") boolean take,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                htmx,
                take ? "done.taken" : "done.released",
                () -> tickets.assign(number, take ? actor.userId() : null, null, actor));
    }

    @PostMapping("/tickets/{number}/routing")
    String route(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(required = false) @Nullable Long assigneeId,
            @RequestParam(required = false) @Nullable String note,
            @RequestParam(required = false) @Nullable String returnTo,
            @RequestParam(required = false) @Nullable Long sv,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        if ("desk".equals(returnTo)) {
            TicketView routed = tickets.route(number, teamId, assigneeId, note, actor);
            if (htmx == null) {
                redirect.addFlashAttribute("notice", "done.assigned");
                return "redirect:/desk";
            }
            model.addAttribute("tickets", List.of(routed));
            model.addAttribute("page", "desk");
            model.addAttribute(
                    "names", users.displayNames(routed.assigneeId() == null ? Set.of() : Set.of(routed.assigneeId())));
            model.addAttribute("teamNames", teams.teamsIn(routed.tenantId()));
            model.addAttribute("categories", categories.choices(routed.tenantId(), LocaleContextHolder.getLocale()));
            model.addAttribute("staff", users.staff(routed.tenantId()));
            // the row replaced in place shows the columns of the saved view it sits in
            model.addAttribute(
                    "columns",
                    (sv == null ? ViewColumn.all() : savedViews.get(sv, actor).columns())
                            .stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
            return "ticket/queue :: row";
        }
        return act(
                number,
                actor,
                model,
                redirect,
                htmx,
                "done.assigned",
                () -> tickets.route(number, teamId, assigneeId, note, actor));
    }

    @PostMapping("/tickets/{number}/edit")
    String edit(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable String title,
            @RequestParam(required = false) @Nullable FeedbackType type,
            @RequestParam(required = false) @Nullable Urgency urgency,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String product,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        TicketEdit edit = new TicketEdit(
                null, null, null, product, title, type, urgency, category, null, null, null, null, null, null, null,
                null, null);
        return act(number, actor, model, redirect, htmx, "done.edited", () -> tickets.edit(number, edit, actor));
    }

    @PostMapping("/tickets/{number}/progress")
    String addProgress(
            @PathVariable String number,
            @RequestParam(defaultValue = "OTHER") ProgressLabel label,
            @RequestParam(defaultValue = "") String details,
            @RequestParam(required = false) @Nullable String estimatedCompletionAt,
            @RequestParam(required = false) @Nullable String actualCompletionAt,
            @RequestParam(required = false) @Nullable String partsReplaced,
            @RequestParam(defaultValue = "false") boolean onSiteVisit,
            @RequestParam(defaultValue = "false") boolean customerVisible,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                number,
                actor,
                model,
                redirect,
                htmx,
                "done.progress",
                () -> tickets.addProgress(
                        number,
                        new ProgressEntry(
                                label,
                                details,
                                times.at("estimatedCompletionAt", estimatedCompletionAt),
                                times.at("actualCompletionAt", actualCompletionAt),
                                partsReplaced == null || partsReplaced.isBlank() ? null : partsReplaced.strip(),
                                onSiteVisit,
                                customerVisible),
                        actor));
    }

    /** Runs one action; the refreshed ticket shows its result or the reason it was refused. */
    private String act(
            String number,
            Actor actor,
            Model model,
            RedirectAttributes redirect,
            @Nullable String htmx,
            String doneKey,
            Supplier<?> action) {
        PageActions.Outcome outcome = actions.run(action);
        if (htmx == null && outcome instanceof PageActions.Outcome.Done) {
            actions.flash(outcome, redirect, doneKey);
            return "redirect:/tickets/" + number;
        }
        actions.show(outcome, model, doneKey);
        model.addAttribute("failureCode", null);
        fill(number, actor, model);
        return htmx == null ? "ticket/page" : "ticket/page :: ticket";
    }

    private void fill(String number, Actor actor, Model model) {
        TicketView ticket = queries.get(number, actor);
        List<TimelineEntry> timeline = queries.timeline(number, actor);
        model.addAttribute("ticket", ticket);
        model.addAttribute("timeline", timeline);
        files.fill(number, ticket.tenantId(), actor, model);
        secrets.fill(number, actor, model);
        model.addAttribute("moves", queries.allowedMoves(number, actor));
        model.addAttribute("names", users.displayNames(people(ticket, timeline)));
        model.addAttribute("teamNames", teams.teamsIn(ticket.tenantId()));
        model.addAttribute("categories", categories.choices(ticket.tenantId(), LocaleContextHolder.getLocale()));
        model.addAttribute("labels", ProgressLabel.values());
        model.addAttribute("types", FeedbackType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        model.addAttribute("supervisor", actor.hasAny(Role.SUPERVISORS));
        model.addAttribute("splitting", actor.hasAny(Role.HANDLERS));
        model.addAttribute("mine", Objects.equals(ticket.assigneeId(), actor.userId()));
        if (actor.hasAny(Role.SUPERVISORS)) {
            model.addAttribute("staff", users.staff(ticket.tenantId()));
        }
        model.addAttribute(
                "others",
                ticket.requesterId() == null
                        ? List.of()
                        : queries
                                .list(
                                        TicketQuery.builder()
                                                .requester(ticket.requesterId())
                                                .limit(11)
                                                .build(),
                                        actor)
                                .items()
                                .stream()
                                .filter(t -> !t.number().equals(ticket.number()))
                                .limit(10)
                                .toList());
    }

    private static Set<Long> people(TicketView ticket, List<TimelineEntry> timeline) {
        Set<Long> ids = new HashSet<>();
        if (ticket.assigneeId() != null) {
            ids.add(ticket.assigneeId());
        }
        if (ticket.requesterId() != null) {
            ids.add(ticket.requesterId());
        }
        for (TimelineEntry entry : timeline) {
            if (entry instanceof TimelineEntry.Change change
                    && (change.change().field().equals("assignee")
                            || change.change().field().equals("reply-refused"))) {
                for (String value : new String[] {
                    change.change().oldValue(), change.change().newValue()
                }) {
                    if (value != null) {
                        ids.add(Long.parseLong(value));
                    }
                }
            }
        }
        return ids;
    }
}
