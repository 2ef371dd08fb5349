package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.PlaybookView;
import io.loopdesk.tenant.Playbooks;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.TicketView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The checklists of the brand's special-process playbooks (returns, repair, logistics, inventory) that match a
 * ticket, as the ticket page loads them; a handler ticks a step done or undoes it, and each tick is a line in the
 * ticket's history, which is also where the panel reads which steps are done.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class ChecklistPanelController {

    static final String HISTORY_FIELD = "checklist";

    private final TicketQueries queries;
    private final Tickets tickets;
    private final Playbooks playbooks;

    ChecklistPanelController(TicketQueries queries, Tickets tickets, Playbooks playbooks) {
        this.queries = queries;
        this.tickets = tickets;
        this.playbooks = playbooks;
    }

    @GetMapping("/tickets/{number}/checklist-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        TicketView ticket = queries.get(number, actor);
        return fill(ticket, matching(ticket), actor, model);
    }

    @PostMapping("/tickets/{number}/checklist")
    String check(
            @PathVariable String number,
            @RequestParam String step,
            @RequestParam(defaultValue = "true") boolean done,
            Actor actor,
            Model model) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new AccessDeniedException("Only those who handle tickets tick their checklists.");
        }
        TicketView ticket = queries.get(number, actor);
        List<PlaybookView> matching = matching(ticket);
        boolean known = matching.stream().anyMatch(p -> labels(p).contains(step));
        if (known) {
            tickets.annotate(number, HISTORY_FIELD, done ? "done" : "open", step, actor);
        } else {
            // the playbook was changed or removed since the page was loaded: nothing is recorded, the panel says so
            model.addAttribute("failure", "error.checklist.unknownStep");
        }
        return fill(ticket, matching, actor, model);
    }

    private List<PlaybookView> matching(TicketView ticket) {
        return playbooks.matching(ticket.tenantId(), ticket.category(), ticket.title() + "\n" + ticket.description());
    }

    private String fill(TicketView ticket, List<PlaybookView> matching, Actor actor, Model model) {
        // the latest tick of each step decides; history is oldest first
        Map<String, HistoryEntryView> ticks = new HashMap<>();
        if (!matching.isEmpty()) {
            for (HistoryEntryView entry : queries.history(ticket.number(), actor)) {
                if (HISTORY_FIELD.equals(entry.field()) && entry.note() != null) {
                    ticks.put(entry.note(), entry);
                }
            }
        }
        ticks.values().removeIf(entry -> !"done".equals(entry.newValue()));
        model.addAttribute("ticket", ticket);
        model.addAttribute("playbooks", matching);
        model.addAttribute("done", ticks);
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/checklist :: panel";
    }

    private static List<String> labels(PlaybookView playbook) {
        return IntStream.range(0, playbook.steps().size())
                .mapToObj(playbook::stepLabel)
                .toList();
    }
}
