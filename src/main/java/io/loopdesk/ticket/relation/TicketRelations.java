package io.loopdesk.ticket.relation;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.InvalidTicketNumberException;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketNotFoundException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links between tickets of one tenant: a handler makes a ticket the parent or the child of another, or relates the
 * two; merges and splits leave links of their own. Each ticket shows its links; each change is in the history of
 * both. Customers never see links.
 */
@Service
public class TicketRelations {

    /** How one links a ticket to another by hand, said from the ticket being worked on. */
    public enum Link {
        /** The other ticket is this one's parent. */
        PARENT,
        /** The other ticket is this one's child. */
        CHILD,
        RELATED;

        /** The link as typed in a form or the API ({@code parent}, {@code child}, {@code related}). */
        public static Link of(String typed) {
            try {
                return valueOf(typed.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException unknown) {
                throw new TicketValidationException(List.of(new FieldProblem(
                        "kind", "ticket.link.kind", "Link a ticket as its parent, its child or a related ticket.")));
            }
        }
    }

    private final TicketRelationRepository relations;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final Clock clock;

    TicketRelations(TicketRelationRepository relations, TicketQueries queries, Tickets tickets, Clock clock) {
        this.relations = relations;
        this.queries = queries;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The tickets linked to {@code number}, oldest link first, each with what it is to this one. */
    @Transactional(readOnly = true)
    public List<TicketLinkView> of(String number, Actor actor) {
        requireStaff(actor);
        long ticketId = queries.idOf(number, actor);
        List<TicketLinkView> links = new ArrayList<>();
        for (TicketRelation relation : relations.ofTicket(ticketId)) {
            boolean fromHere = relation.ticketId() == ticketId;
            String other = fromHere ? relation.otherNumber() : relation.ticketNumber();
            TicketView linked = queries.get(other, actor);
            links.add(new TicketLinkView(
                    linked.number(),
                    linked.title(),
                    linked.status(),
                    TicketLinkView.Role.of(relation.kind(), fromHere),
                    relation.linkedBy(),
                    relation.linkedAt()));
        }
        return links;
    }

    /**
     * Links ticket {@code otherNumber} to {@code number} as {@code link}.
     *
     * @throws TicketValidationException if it is the same ticket, the other one is not found in the tenant, or the
     *     two are linked already
     */
    @Transactional
    public TicketLinkView link(String number, String otherNumber, Link link, Actor actor) {
        requireHandler(actor);
        TicketView ticket = queries.get(number, actor);
        TicketView other = other(otherNumber, ticket, actor);
        long ticketId = queries.idOf(ticket.number(), actor);
        long otherId = queries.idOf(other.number(), actor);
        if (relations.findByPair(TicketRelation.pair(ticketId, otherId)).isPresent()) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "number",
                    "ticket.link.exists",
                    "Tickets " + ticket.number() + " and " + other.number() + " are linked already.",
                    List.of(ticket.number(), other.number()))));
        }
        String by = actor.name();
        TicketRelation relation = switch (link) {
            case PARENT -> relation(other, otherId, ticket, ticketId, RelationKind.PARENT_OF, by);
            case CHILD -> relation(ticket, ticketId, other, otherId, RelationKind.PARENT_OF, by);
            case RELATED -> relation(ticket, ticketId, other, otherId, RelationKind.RELATED, by);
        };
        relations.save(relation);
        String code = link.name().toLowerCase(Locale.ROOT);
        tickets.annotate(ticket.number(), "link-" + code, other.number(), null, actor);
        tickets.annotate(other.number(), "link-" + opposite(link), ticket.number(), null, actor);
        return new TicketLinkView(
                other.number(),
                other.title(),
                other.status(),
                TicketLinkView.Role.valueOf(link.name()),
                by,
                relation.linkedAt());
    }

    /**
     * Removes the link between the two tickets if it was made by hand; merges and splits stay linked.
     *
     * @return whether there was such a link
     */
    @Transactional
    public boolean unlink(String number, String otherNumber, Actor actor) {
        requireHandler(actor);
        TicketView ticket = queries.get(number, actor);
        TicketView other = other(otherNumber, ticket, actor);
        return relations
                .findByPair(
                        TicketRelation.pair(queries.idOf(ticket.number(), actor), queries.idOf(other.number(), actor)))
                .filter(relation -> relation.kind().linkedByHand())
                .map(relation -> {
                    relations.delete(relation);
                    tickets.annotate(ticket.number(), "link-removed", other.number(), null, actor);
                    tickets.annotate(other.number(), "link-removed", ticket.number(), null, actor);
                    return true;
                })
                .orElse(false);
    }

    /** Records a link a merge or a split made, from {@code first} to {@code other}. */
    void record(TicketView first, long firstId, TicketView other, long otherId, RelationKind kind, Actor actor) {
        relations
                .findByPair(TicketRelation.pair(firstId, otherId))
                // a merge says more than an earlier link by hand: it takes its place
                .ifPresent(earlier -> {
                    relations.delete(earlier);
                    relations.flush();
                });
        relations.save(relation(first, firstId, other, otherId, kind, actor.name()));
    }

    private TicketRelation relation(
            TicketView first, long firstId, TicketView other, long otherId, RelationKind kind, String by) {
        return new TicketRelation(
                first.tenantId(), firstId, first.number(), otherId, other.number(), kind, by, clock.instant());
    }

    /** Ticket {@code otherNumber} of the same tenant as {@code ticket}, not it, as {@code actor} sees it. */
    TicketView other(String otherNumber, TicketView ticket, Actor actor) {
        String typed = otherNumber == null ? "" : otherNumber.strip();
        if (typed.isEmpty() || typed.equalsIgnoreCase(ticket.number())) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "number", "ticket.link.self", "Give the number of another ticket of this tenant.")));
        }
        TicketView other;
        try {
            other = queries.get(typed, actor);
        } catch (TicketNotFoundException | InvalidTicketNumberException notFound) {
            throw unknown(typed);
        }
        // a platform operator sees several tenants; a link never crosses one
        if (other.tenantId() != ticket.tenantId()) {
            throw unknown(typed);
        }
        return other;
    }

    static TicketValidationException unknown(String typed) {
        return new TicketValidationException(List.of(new FieldProblem(
                "number",
                "ticket.link.unknown",
                "No ticket " + typed + " in this tenant.",
                List.of(typed.length() > 40 ? typed.substring(0, 40) : typed))));
    }

    private static String opposite(Link link) {
        return switch (link) {
            case PARENT -> "child";
            case CHILD -> "parent";
            case RELATED -> "related";
        };
    }

    static void requireStaff(Actor actor) {
        if (!actor.isSystem() && !actor.worksTickets()) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.linksRead", "Links between tickets are the desk's own.");
        }
    }

    static void requireHandler(Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.links",
                    "Only members of staff who handle tickets link, merge and split them.");
        }
    }
}
