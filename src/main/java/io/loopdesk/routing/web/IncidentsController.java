package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.incident.SurgeLog;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.view.TicketSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Major incidents: declare, review proposals, link tickets, resolve with one message to every customer. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class IncidentsController {

    private final PageActions actions;
    private final Incidents incidents;
    private final TicketQueries tickets;
    private final CategoryDirectory categories;
    private final SurgeLog surges;
    private final MessageSource messages;
    private final Clock clock;

    IncidentsController(
            PageActions actions,
            Incidents incidents,
            TicketQueries tickets,
            CategoryDirectory categories,
            SurgeLog surges,
            MessageSource messages,
            Clock clock) {
        this.actions = actions;
        this.incidents = incidents;
        this.tickets = tickets;
        this.categories = categories;
        this.surges = surges;
        this.messages = messages;
        this.clock = clock;
    }

    /** A surge that proposed or joined the incident, said in the reader's language. */
    record SurgeLine(String reason, Instant detectedAt) {}

    @GetMapping("/incidents")
    String list(Actor actor, Model model) {
        model.addAttribute("incidents", incidents.all(actor));
        model.addAttribute("categories", categories.choices(actor.tenantId(), LocaleContextHolder.getLocale()));
        return "routing/incidents";
    }

    @GetMapping("/incidents/{id}")
    String detail(@PathVariable long id, Actor actor, Model model) {
        IncidentView incident = incidents.get(id, actor);
        model.addAttribute("incident", incident);
        model.addAttribute("categories", categories.choices(incident.tenantId(), LocaleContextHolder.getLocale()));
        List<TicketSummary> linked = incident.tickets().stream()
                .map(n -> tickets.list(TicketQuery.builder().text(n).limit(1).build(), actor)
                        .items())
                .flatMap(List::stream)
                .toList();
        model.addAttribute("linked", linked);
        model.addAttribute(
                "surges",
                surges.ofIncident(incident.tenantId(), incident.id()).stream()
                        .map(s -> new SurgeLine(
                                surges.reason(incident.tenantId(), s).render(messages, LocaleContextHolder.getLocale()),
                                s.detectedAt()))
                        .toList());
        model.addAttribute(
                "candidates",
                incident.categoryCode() == null || !incident.status().isActive()
                        ? List.of()
                        : tickets
                                .list(
                                        TicketQuery.builder()
                                                .category(incident.categoryCode())
                                                .created(clock.instant().minus(Duration.ofDays(1)), null)
                                                .limit(50)
                                                .build(),
                                        actor)
                                .items()
                                .stream()
                                .filter(t -> t.status().isOpen()
                                        && !incident.tickets().contains(t.number()))
                                .toList());
        return "routing/incident";
    }

    @PostMapping("/incidents")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String declare(
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(required = false) @Nullable String category,
            Actor actor,
            RedirectAttributes redirect) {
        PageActions.Outcome outcome = actions.run(() -> incidents.declare(
                title, description, category == null || category.isBlank() ? null : category.strip(), actor));
        actions.flash(outcome, redirect, "routing.done.declared");
        return outcome instanceof PageActions.Outcome.Done(IncidentView incident)
                ? "redirect:/incidents/" + incident.id()
                : "redirect:/incidents";
    }

    @PostMapping("/incidents/{id}/link")
    String link(@PathVariable long id, @RequestParam String number, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "routing.done.linked", () -> incidents.link(id, number, actor));
    }

    @PostMapping("/incidents/{id}/confirm")
    String confirm(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "routing.done.confirmed", () -> incidents.confirm(id, actor));
    }

    @PostMapping("/incidents/{id}/dismiss")
    String dismiss(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(id, redirect, "routing.done.dismissed", () -> incidents.dismiss(id, actor));
    }

    @PostMapping("/incidents/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String message,
            Actor actor,
            RedirectAttributes redirect) {
        return act(id, redirect, "routing.done.resolved", () -> incidents.resolve(id, message, actor));
    }

    private String act(long id, RedirectAttributes redirect, String done, Supplier<?> action) {
        return actions.redirect("/incidents/" + id, redirect, done, action);
    }
}
