package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.link.IssueLink;
import io.loopdesk.ticket.link.IssueLinkRepository;
import io.loopdesk.ticket.view.IssueLinkView;
import io.loopdesk.ticket.view.TicketView;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links tickets to the R&D issues that track their fixes (a Jira or GitLab address) and takes the statuses the
 * tracker pushes back: every ticket linked to the issue shows the new status, with a line in its history, so the
 * agent knows when to tell the customer the fix is out.
 */
@Service
public class IssueLinks {

    private final TicketQueries queries;
    private final Tickets tickets;
    private final IssueLinkRepository links;
    private final Clock clock;

    IssueLinks(TicketQueries queries, Tickets tickets, IssueLinkRepository links, Clock clock) {
        this.queries = queries;
        this.tickets = tickets;
        this.links = links;
        this.clock = clock;
    }

    /** The ticket's link, if it has one and the actor may see the ticket. */
    @Transactional(readOnly = true)
    public Optional<IssueLinkView> of(String number, Actor actor) {
        if (!actor.isSystem() && !actor.worksTickets()) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.issueRead", "R&D issues are the desk's own; customers do not see them.");
        }
        long ticketId = queries.idOf(number, actor);
        return links.findByTicketId(ticketId).map(IssueLink::view);
    }

    /**
     * Links the ticket to the issue at {@code url}, replacing any earlier link.
     *
     * @throws TicketValidationException if the address is not an absolute http(s) one of at most 500 characters
     * @throws TicketForbiddenException if the actor does not handle tickets
     */
    @Transactional
    public IssueLinkView link(String number, String url, Actor actor) {
        requireHandler(actor);
        String address = address(url);
        TicketView ticket = queries.get(number, actor);
        long ticketId = queries.idOf(number, actor);
        IssueLink link = links.findByTicketId(ticketId)
                .orElseGet(() -> new IssueLink(ticket.tenantId(), ticketId, ticket.number()));
        link.point(address, actor.name(), clock.instant());
        IssueLinkView linked = links.save(link).view();
        tickets.annotate(ticket.number(), "rd-issue", address, null, actor);
        return linked;
    }

    /** Removes the ticket's link, if any. */
    @Transactional
    public void unlink(String number, Actor actor) {
        requireHandler(actor);
        long ticketId = queries.idOf(number, actor);
        links.findByTicketId(ticketId).ifPresent(link -> {
            links.delete(link);
            tickets.annotate(number, "rd-issue", null, link.view().url(), actor);
        });
    }

    /**
     * The tracker reports a status for the issue at {@code url}: each of the actor's tenant's tickets linked to it
     * takes it, with a history line where it changed.
     *
     * @return the numbers of the tickets linked to the issue
     * @throws TicketValidationException if the address or the status (1–100 characters) is missing or wrong
     */
    @Transactional
    public List<String> statusReported(String url, String status, Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.issueStatus", "Your role cannot report the status of R&D issues.");
        }
        String address = address(url);
        String reported = status == null ? "" : status.strip();
        if (reported.isEmpty() || reported.length() > 100) {
            throw TicketValidationException.of(
                    "status", "ticket.issue.status", "Give the issue's status, in 1–100 characters.");
        }
        // the tracker speaks for the tenant whose token it holds, never for another
        List<IssueLink> linked = links.findByTenantIdAndUrl(actor.tenantId(), address);
        for (IssueLink link : linked) {
            if (!reported.equals(link.status())) {
                String before = link.status();
                link.report(reported, clock.instant());
                tickets.annotate(link.ticketNumber(), "rd-issue-status", reported, before, actor);
            }
        }
        return linked.stream().map(IssueLink::ticketNumber).toList();
    }

    private static void requireHandler(Actor actor) {
        if (!actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.issueLink", "Only those who handle tickets link them to R&D issues.");
        }
    }

    /** An absolute http(s) address with a host, as the tracker shows it. */
    private static String address(String url) {
        String typed = url == null ? "" : url.strip();
        try {
            URI uri = new URI(typed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && typed.length() <= 500) {
                return typed;
            }
        } catch (URISyntaxException wrong) {
            // refused below with the field named
        }
        throw new TicketValidationException(List.of(new FieldProblem(
                "url",
                "ticket.issue.url",
                "Give the issue's address as shown in the tracker, starting with https://, at most 500 characters.")));
    }
}
