package io.loopdesk.ticket.query;

import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.custom.CustomValue;
import io.loopdesk.ticket.tag.TicketTag;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketStatus;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.jpa.domain.Specification;

/** Turns a {@link TicketQuery} into a JPA predicate; the tenant filter is added by Hibernate, not here. */
public final class TicketSpecifications {

    /** Overdue means late on our side: a ticket waiting for the customer or for confirmation is not. */
    private static final Set<TicketStatus> OPEN = EnumSet.of(TicketStatus.NEW, TicketStatus.IN_PROGRESS);

    private TicketSpecifications() {}

    /**
     * The keyset position as a plain range on its time column. The scroll query's own condition
     * ({@code at < x or (at = x and id < y)}) is exact but no index can start from it, so deep pages would scan every
     * newer row; this redundant bound lets the database begin the index range at the cursor.
     */
    public static Specification<Ticket> from(TicketQuery.Order order, KeysetScrollPosition position) {
        Instant at = (Instant) position.getKeys().get(order.property());
        return (root, cq, cb) -> order.ascending()
                ? cb.greaterThanOrEqualTo(root.get(order.property()), at)
                : cb.lessThanOrEqualTo(root.get(order.property()), at);
    }

    /**
     * The tickets {@code query} asks for. Its text ("contains") is looked up by the caller — its words in the search
     * index, the ticket's number and the customer's contact fields in the database — whose answer ({@code
     * textMatches}, the ids of the tickets the text finds, a bounded number) keeps the list to those tickets.
     */
    public static Specification<Ticket> matching(
            TicketQuery query, @Nullable Long onlyRequester, Instant now, Collection<Long> textMatches) {
        return (root, cq, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (onlyRequester != null) {
                where.add(cb.equal(root.get("requesterId"), onlyRequester));
            }
            if (query.requesterId() != null) {
                where.add(cb.equal(root.get("requesterId"), query.requesterId()));
            }
            if (!query.statuses().isEmpty()) {
                where.add(root.get("status").in(query.statuses()));
            }
            if (!query.urgencies().isEmpty()) {
                where.add(root.get("urgency").in(query.urgencies()));
            }
            if (!query.channels().isEmpty()) {
                where.add(root.get("channel").in(query.channels()));
            }
            if (query.product() != null) {
                where.add(cb.equal(root.get("product"), query.product()));
            }
            if (query.tag() != null) {
                Subquery<Long> tagged = cq.subquery(Long.class);
                Root<TicketTag> tag = tagged.from(TicketTag.class);
                tagged.select(tag.get("ticketId"))
                        .where(cb.equal(tag.get("ticketId"), root.get("id")), cb.equal(tag.get("tag"), query.tag()));
                where.add(cb.exists(tagged));
            }
            if (query.field() != null) {
                Subquery<Long> filled = cq.subquery(Long.class);
                Root<CustomValue> value = filled.from(CustomValue.class);
                List<Predicate> matches = new ArrayList<>(List.of(
                        cb.equal(value.get("ticketId"), root.get("id")),
                        cb.equal(value.get("fieldKey"), query.field().key())));
                if (query.field().value() != null) {
                    matches.add(cb.equal(value.get("textValue"), query.field().value()));
                }
                filled.select(value.get("ticketId")).where(matches.toArray(Predicate[]::new));
                where.add(cb.exists(filled));
            }
            if (query.language() != null) {
                where.add(cb.equal(root.get("language"), query.language()));
            }
            if (query.category() != null && !query.category().isBlank()) {
                // codes have at most two levels: a top level stands for itself and everything below it
                String category = query.category().strip();
                where.add(
                        category.contains(".")
                                ? cb.equal(root.get("category"), category)
                                : cb.equal(root.get("categoryRoot"), category));
            }
            switch (query.assignee()) {
                case TicketQuery.AssigneeFilter.Any any -> {}
                case TicketQuery.AssigneeFilter.Unassigned none -> where.add(cb.isNull(root.get("assigneeId")));
                case TicketQuery.AssigneeFilter.User user -> where.add(cb.equal(root.get("assigneeId"), user.userId()));
            }
            if (!query.teams().isEmpty()) {
                where.add(root.get("teamId").in(query.teams()));
            }
            if (query.overdue()) {
                where.add(cb.lessThan(root.get("resolutionDueAt"), now));
                where.add(root.get("status").in(OPEN));
            }
            if (query.complaintsOnly()) {
                where.add(cb.isTrue(root.get("complaint")));
            }
            if (query.rating() != null) {
                Satisfaction satisfaction = query.rating().satisfaction();
                where.add(
                        satisfaction == null
                                ? cb.isNull(root.get("ratingSatisfaction"))
                                : cb.equal(root.get("ratingSatisfaction"), satisfaction));
            }
            if (query.createdFrom() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("registeredAt"), query.createdFrom()));
            }
            if (query.createdTo() != null) {
                where.add(cb.lessThan(root.get("registeredAt"), query.createdTo()));
            }
            if (query.filtersByText()) {
                where.add(
                        textMatches.isEmpty()
                                ? cb.disjunction()
                                : root.get("id").in(textMatches));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /** {@code likeText} with the characters LIKE treats specially escaped by a backslash. */
    public static String escape(String likeText) {
        return likeText.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
