package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.routing.Teams;
import io.loopdesk.routing.incident.IncidentSuggestions;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.transfer.HandoverNote;
import io.loopdesk.routing.transfer.HandoverView;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routing part of the staff ticket page: its level and handovers, and the forms to transfer, dispatch to the
 * platform, escalate, or link it to a major incident.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class RoutingPanelController {

    private final PageActions actions;
    private final Transfers transfers;
    private final Incidents incidents;
    private final TicketQueries tickets;
    private final Teams teams;
    private final UserAccounts users;
    private final FieldMessages fieldMessages;

    RoutingPanelController(
            PageActions actions,
            Transfers transfers,
            Incidents incidents,
            TicketQueries tickets,
            Teams teams,
            UserAccounts users,
            FieldMessages fieldMessages) {
        this.actions = actions;
        this.transfers = transfers;
        this.incidents = incidents;
        this.tickets = tickets;
        this.teams = teams;
        this.users = users;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/routing-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        TicketView ticket = tickets.get(number, actor);
        List<HandoverView> handovers = transfers.of(number, actor);
        model.addAttribute("ticket", ticket);
        model.addAttribute("handovers", handovers);
        model.addAttribute("level", transfers.levelOf(number, actor));
        model.addAttribute("dispatch", transfers.openDispatch(number, actor));
        model.addAttribute("teams", teams.in(ticket.tenantId()));
        model.addAttribute("staff", users.staff(ticket.tenantId()));
        model.addAttribute(
                "names",
                users.displayNames(handovers.stream()
                        .flatMap(h -> java.util.stream.Stream.of(h.fromAgentId(), h.toAgentId(), h.createdBy()))
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("teamNames", teams.teamsIn(ticket.tenantId()));
        List<IncidentView> all = incidents.all(actor);
        model.addAttribute("incidents", IncidentSuggestions.of(ticket, all));
        model.addAttribute(
                "linked", all.stream().filter(i -> i.tickets().contains(number)).toList());
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "routing/panel :: panel";
    }

    @PostMapping("/tickets/{number}/transfer")
    String transfer(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Long toAgentId,
            @RequestParam(required = false) @Nullable Long toTeamId,
            @RequestParam(defaultValue = "") String found,
            @RequestParam(defaultValue = "") String nextSteps,
            Actor actor,
            RedirectAttributes redirect) {
        return act(
                number,
                redirect,
                "routing.done.transferred",
                () -> transfers.transfer(number, toAgentId, toTeamId, new HandoverNote(found, nextSteps), actor));
    }

    @PostMapping("/tickets/{number}/dispatch")
    String dispatch(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String problem,
            Actor actor,
            RedirectAttributes redirect) {
        return act(number, redirect, "routing.done.dispatched", () -> transfers.dispatch(number, problem, actor));
    }

    @PostMapping("/tickets/{number}/escalate")
    String escalate(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String reason,
            Actor actor,
            RedirectAttributes redirect) {
        return act(number, redirect, "routing.done.escalated", () -> transfers.escalate(number, reason, actor));
    }

    @PostMapping("/tickets/{number}/incident")
    String link(
            @PathVariable String number,
            @RequestParam(required = false) @Nullable Long incidentId,
            Actor actor,
            RedirectAttributes redirect) {
        if (incidentId == null) {
            // the chooser starts on no incident: posted without a choice, the page says so
            redirect.addFlashAttribute(
                    "failure",
                    fieldMessages
                            .of(List.of(new FieldProblem(
                                    "incidentId", "routing.incident.choose", "Choose the incident first.")))
                            .get("incidentId"));
            return "redirect:/tickets/" + number;
        }
        return act(number, redirect, "routing.done.linked", () -> incidents.link(incidentId, number, actor));
    }

    private String act(String number, RedirectAttributes redirect, String done, Supplier<?> action) {
        return actions.redirect("/tickets/" + number, redirect, done, action);
    }
}
