package io.loopdesk.ticket.tag;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketForbiddenException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts tags on tickets and takes them off, each with a line in the ticket's history; reads them for the ticket page,
 * the lists and the tenant's tag list. Staff who handle tickets tag the ones they see; customers never see tags.
 */
@Service
public class TicketTags {

    /** The most tags one ticket carries. */
    public static final int MAX_PER_TICKET = 20;

    private final TicketTagRepository tags;
    private final TicketQueries queries;
    private final Tickets tickets;
    private final Clock clock;

    TicketTags(TicketTagRepository tags, TicketQueries queries, Tickets tickets, Clock clock) {
        this.tags = tags;
        this.queries = queries;
        this.tickets = tickets;
        this.clock = clock;
    }

    /** The ticket's tags, in name order. */
    @Transactional(readOnly = true)
    public List<String> of(String number, Actor actor) {
        requireStaff(actor);
        return tags.findByTicketIdOrderByTag(queries.idOf(number, actor)).stream()
                .map(TicketTag::tag)
                .toList();
    }

    /** The tags of listed tickets (ones the actor already sees), by ticket number; tickets without tags left out. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> of(Collection<String> numbers, Actor actor) {
        if (numbers.isEmpty() || !actor.worksTickets()) {
            return Map.of();
        }
        Map<String, List<String>> byNumber = new LinkedHashMap<>();
        tags.findByTicketNumberInOrderByTag(numbers)
                .forEach(t -> byNumber.computeIfAbsent(t.ticketNumber(), n -> new java.util.ArrayList<>())
                        .add(t.tag()));
        return byNumber;
    }

    /** The tenant's tags and on how many tickets each is, most used first. */
    @Transactional(readOnly = true)
    public Map<String, Long> inUse(Actor actor) {
        requireStaff(actor);
        Map<String, Long> counts = new LinkedHashMap<>();
        tags.inUse().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Puts {@code raw} on the ticket; nothing if it is there already.
     *
     * @return whether the tag was new on the ticket
     * @throws TicketValidationException if the tag is malformed or the ticket has {@value #MAX_PER_TICKET} already
     */
    @Transactional
    public boolean add(String number, String raw, Actor actor) {
        requireHandler(actor);
        String tag = TagName.of(raw);
        TicketView ticket = queries.get(number, actor);
        long ticketId = queries.idOf(number, actor);
        if (tags.findByTicketIdAndTag(ticketId, tag).isPresent()) {
            return false;
        }
        if (tags.countByTicketId(ticketId) >= MAX_PER_TICKET) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "tag",
                    "ticket.tag.tooMany",
                    "A ticket carries at most " + MAX_PER_TICKET + " tags.",
                    List.of(MAX_PER_TICKET))));
        }
        tags.save(new TicketTag(ticket.tenantId(), ticketId, ticket.number(), tag, clock.instant()));
        tickets.annotate(number, "tag", tag, null, actor);
        return true;
    }

    /**
     * Takes {@code raw} off the ticket; nothing if it is not there.
     *
     * @return whether the ticket carried it
     */
    @Transactional
    public boolean remove(String number, String raw, Actor actor) {
        requireHandler(actor);
        String tag = TagName.of(raw);
        long ticketId = queries.idOf(number, actor);
        return tags.findByTicketIdAndTag(ticketId, tag)
                .map(found -> {
                    tags.delete(found);
                    tickets.annotate(number, "tag-removed", tag, null, actor);
                    return true;
                })
                .orElse(false);
    }

    private static void requireStaff(Actor actor) {
        if (!actor.isSystem() && !actor.worksTickets()) {
            throw new TicketForbiddenException("error.ticket.forbidden.tags", "Tags are the desk's own.");
        }
    }

    private static void requireHandler(Actor actor) {
        if (!actor.isSystem() && !actor.hasAny(Role.HANDLERS)) {
            throw new TicketForbiddenException(
                    "error.ticket.forbidden.tags", "Only members of staff who handle tickets tag them.");
        }
    }
}
