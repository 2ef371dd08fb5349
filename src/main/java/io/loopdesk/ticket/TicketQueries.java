package io.loopdesk.ticket;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.history.HistoryEntry;
import io.loopdesk.ticket.history.HistoryEntryRepository;
import io.loopdesk.ticket.message.TicketMessage;
import io.loopdesk.ticket.message.TicketMessageRepository;
import io.loopdesk.ticket.progress.ProgressRecord;
import io.loopdesk.ticket.progress.ProgressRecordRepository;
import io.loopdesk.ticket.query.ContactMasking;
import io.loopdesk.ticket.query.MaskedViews;
import io.loopdesk.ticket.query.TextFilterPlanning;
import io.loopdesk.ticket.query.TicketCursor;
import io.loopdesk.ticket.query.TicketSpecifications;
import io.loopdesk.ticket.search.TicketTextSearch;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.ProgressView;
import io.loopdesk.ticket.view.SharedConversation;
import io.loopdesk.ticket.view.TicketPage;
import io.loopdesk.ticket.view.TicketSearchHit;
import io.loopdesk.ticket.view.TicketSummary;
import io.loopdesk.ticket.view.TicketTimeline;
import io.loopdesk.ticket.view.TicketTitle;
import io.loopdesk.ticket.view.TicketView;
import io.loopdesk.ticket.view.TimelineEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;

/**
 * Reading tickets: one ticket, filtered lists, counts per status, the timeline, and the moves the reader may make.
 * What the caller may see follows {@link TicketAccess}.
 */
@Service
public class TicketQueries {

    /** History lines that are staff business, hidden from customers. */
    private static final Set<String> INTERNAL_FIELDS = Set.of("assignee", "team");

    private final TicketRepository tickets;
    private final TicketMessageRepository messages;
    private final ProgressRecordRepository progress;
    private final HistoryEntryRepository history;
    private final TicketAccess access;
    private final TicketProperties properties;
    private final EntityManager entityManager;
    private final TextFilterPlanning textFilterPlanning;
    private final TicketTextSearch textSearch;
    private final Clock clock;

    TicketQueries(
            TicketRepository tickets,
            TicketMessageRepository messages,
            ProgressRecordRepository progress,
            HistoryEntryRepository history,
            TicketAccess access,
            TicketProperties properties,
            EntityManager entityManager,
            TextFilterPlanning textFilterPlanning,
            TicketTextSearch textSearch,
            Clock clock) {
        this.tickets = tickets;
        this.messages = messages;
        this.progress = progress;
        this.history = history;
        this.access = access;
        this.properties = properties;
        this.entityManager = entityManager;
        this.textFilterPlanning = textFilterPlanning;
        this.textSearch = textSearch;
        this.clock = clock;
    }

    public TicketView get(String number, Actor actor) {
        return access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            return ticket.view(TicketAccess.showsContactDetails(actor, ticket));
        });
    }

    /** The ticket's id, which events and reports key tickets by, for a caller who may see it. */
    public long idOf(String number, Actor actor) {
        return access.readOnly(actor, () -> access.visible(number, actor).id());
    }

    /**
     * A page of the tickets the caller may see that match {@code query}.
     *
     * @throws TicketValidationException if the page size is not between 1 and {@code loopdesk.ticket.page-size-limit}
     *     (a client asking for 10,000 gets told, not silently 200)
     */
    public TicketPage list(TicketQuery query, Actor actor) {
        int limit = query.limit();
        if (limit < 1 || limit > properties.pageSizeLimit()) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "limit",
                    "ticket.list.limit",
                    "limit must be between 1 and " + properties.pageSizeLimit() + ".",
                    List.of(properties.pageSizeLimit()))));
        }
        Sort.Direction direction = query.order().ascending() ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort sort = Sort.by(direction, query.order().property()).and(Sort.by(direction, "id"));
        KeysetScrollPosition position =
                query.cursor() == null ? ScrollPosition.keyset() : TicketCursor.decode(query.order(), query.cursor());
        return access.readOnly(actor, () -> {
            textFilterPlanning.planEachTime(query);
            Specification<Ticket> matching = visibleMatching(query, actor, textMatches(query, actor));
            Specification<Ticket> page =
                    position.isInitial() ? matching : matching.and(TicketSpecifications.from(query.order(), position));
            Window<Ticket> window = query.filtersByText()
                    ? textFilterPlanning.byIds(() -> tickets.findBy(
                            page, q -> q.sortBy(sort).limit(limit).scroll(position)))
                    : tickets.findBy(page, q -> q.sortBy(sort).limit(limit).scroll(position));
            boolean contacts = TicketAccess.showsContactDetails(actor);
            List<TicketSummary> items =
                    window.stream().map(t -> t.summary(contacts)).toList();
            String next = window.hasNext() && !window.isEmpty()
                    ? TicketCursor.encode(query.order(), (KeysetScrollPosition) window.positionAt(window.size() - 1))
                    : null;
            return new TicketPage(items, next);
        });
    }

    /**
     * Number and title of the tenant's tickets in {@code category} or one of its subcategories registered since
     * {@code since}, newest first, at most {@code limit}: what a new ticket is compared with to spot an incident.
     * For system work, so no caller check.
     */
    public List<TicketTitle> recentTitles(long tenantId, String category, Instant since, int limit) {
        return access.readOnlyInTenant(tenantId, () -> {
            int dot = category.indexOf('.');
            return dot < 0
                    ? tickets.findRecentTitles(tenantId, category, null, since, limit)
                    : tickets.findRecentTitles(tenantId, category.substring(0, dot), category, since, limit);
        });
    }

    /**
     * How many of the tenant's tickets in {@code group} were registered in {@code [from, to)}, counting no further
     * than {@code cap} (a caller that asks "at least n?" need not count a storm to its end). For system work (the
     * incident radar watching volumes), so no caller check.
     */
    public long registeredCount(long tenantId, TicketGroup group, Instant from, Instant to, long cap) {
        return access.readOnlyInTenant(tenantId, () -> switch (group) {
            case TicketGroup.Category category ->
                tickets.countInCategory(tenantId, category.root(), category.leaf(), from, to, cap);
            case TicketGroup.Product product -> tickets.countOfProduct(tenantId, product.name(), from, to, cap);
        });
    }

    /**
     * Numbers of the tenant's tickets in {@code group} registered since {@code since}, newest first, at most
     * {@code limit}. For system work, so no caller check.
     */
    public List<String> registeredNumbers(long tenantId, TicketGroup group, Instant since, int limit) {
        return access.readOnlyInTenant(tenantId, () -> switch (group) {
            case TicketGroup.Category category ->
                tickets.findRecentTitles(tenantId, category.root(), category.leaf(), since, limit).stream()
                        .map(TicketTitle::number)
                        .toList();
            case TicketGroup.Product product -> tickets.findRecentOfProduct(tenantId, product.name(), since, limit);
        });
    }

    /** A moment in a ticket's life that work waiting on tickets counts from. */
    public enum Moment {
        REGISTERED("registeredAt"),
        UPDATED("updatedAt"),
        RESOLVED("resolvedAt"),
        RESOLUTION_DUE("resolutionDueAt");

        private final String attribute;

        Moment(String attribute) {
            this.attribute = attribute;
        }
    }

    /** A ticket not closed, with the instant of the moment asked for. */
    public record Waiting(long id, String number, Instant since) {}

    /**
     * The tenant's tickets not closed whose {@code moment} came at or before {@code before}, earliest first, after
     * {@code from} (none: from the start), at most {@code limit}: what a timer going through long-waiting tickets
     * reads page by page. For system work, so no caller check.
     */
    public List<Waiting> waiting(long tenantId, Moment moment, Instant before, @Nullable Waiting from, int limit) {
        String at = "t." + moment.attribute;
        String jpql = "select t.id, t.number, " + at + " from Ticket t where t.tenantId = :tenant"
                + " and t.status <> :closed and " + at + " <= :before"
                + (from == null ? "" : " and (" + at + " > :fromAt or (" + at + " = :fromAt and t.id > :fromId))")
                + " order by " + at + ", t.id";
        return access.readOnlyInTenant(tenantId, () -> {
            var query = entityManager
                    .createQuery(jpql, Object[].class)
                    .setParameter("tenant", tenantId)
                    .setParameter("closed", TicketStatus.CLOSED)
                    .setParameter("before", before)
                    .setMaxResults(limit);
            if (from != null) {
                query.setParameter("fromAt", from.since()).setParameter("fromId", from.id());
            }
            return query.getResultList().stream()
                    .map(row -> new Waiting((Long) row[0], (String) row[1], (Instant) row[2]))
                    .toList();
        });
    }

    /**
     * The numbers of the tickets {@code query} lists for {@code actor}, in its order, at most {@code max} (its page
     * size and cursor are ignored): what a bulk action over "all matching" covers.
     */
    public List<String> numbers(TicketQuery query, Actor actor, int max) {
        return access.readOnly(actor, () -> {
            textFilterPlanning.planEachTime(query);
            List<Long> textMatches = textMatches(query, actor);
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<String> cq = cb.createQuery(String.class);
            Root<Ticket> root = cq.from(Ticket.class);
            Predicate where = visibleMatching(query, actor, textMatches).toPredicate(root, cq, cb);
            cq.select(root.get("number"));
            if (where != null) {
                cq.where(where);
            }
            String property = query.order().property();
            cq.orderBy(
                    query.order().ascending() ? cb.asc(root.get(property)) : cb.desc(root.get(property)),
                    query.order().ascending() ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
            Supplier<List<String>> read =
                    () -> entityManager.createQuery(cq).setMaxResults(max).getResultList();
            return query.filtersByText() ? textFilterPlanning.byIds(read) : read.get();
        });
    }

    /** How many tickets match {@code query} in each status (its status filter is ignored): the queue counters. */
    public Map<TicketStatus, Long> countByStatus(TicketQuery query, Actor actor) {
        return access.readOnly(actor, () -> {
            textFilterPlanning.planEachTime(query);
            List<Long> textMatches = textMatches(query, actor);
            CriteriaBuilder cb = entityManager.getCriteriaBuilder();
            CriteriaQuery<Tuple> cq = cb.createTupleQuery();
            Root<Ticket> root = cq.from(Ticket.class);
            Predicate where =
                    visibleMatching(query.withoutStatuses(), actor, textMatches).toPredicate(root, cq, cb);
            cq.multiselect(root.get("status"), cb.count(root)).groupBy(root.get("status"));
            if (where != null) {
                cq.where(where);
            }
            Map<TicketStatus, Long> counts = new EnumMap<>(TicketStatus.class);
            for (TicketStatus status : TicketStatus.values()) {
                counts.put(status, 0L);
            }
            for (Tuple row : entityManager.createQuery(cq).getResultList()) {
                counts.put(row.get(0, TicketStatus.class), row.get(1, Long.class));
            }
            return counts;
        });
    }

    /** The ticket's messages, oldest first; customers do not see internal notes. */
    public List<MessageView> messages(String number, Actor actor) {
        return access.readOnly(actor, () -> messagesOf(access.visible(number, actor), actor));
    }

    /** The ticket's conversation with contacts masked, for sharing outside the ticket ({@link SharedConversation}). */
    public SharedConversation shareable(String number, Actor actor) {
        return access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            TicketView view = ticket.view(false);
            List<SharedConversation.Message> messages = messagesOf(ticket, actor).stream()
                    .filter(m -> m.kind() == MessageKind.PUBLIC_REPLY)
                    .map(m -> new SharedConversation.Message(m.fromCustomer(), ContactMasking.mask(m.body())))
                    .toList();
            return new SharedConversation(view.number(), view.title(), view.description(), messages);
        });
    }

    public List<ProgressView> progress(String number, Actor actor) {
        return access.readOnly(actor, () -> progressOf(access.visible(number, actor), actor));
    }

    /** Every change ever made to the ticket, oldest first; customers do not see staff-only lines. */
    public List<HistoryEntryView> history(String number, Actor actor) {
        return access.readOnly(actor, () -> historyOf(access.visible(number, actor), actor));
    }

    /**
     * One timeline of messages, internal notes, progress records, status changes and edits, oldest first. Customers
     * see public replies, the progress records staff showed them, and status changes.
     */
    public List<TimelineEntry> timeline(String number, Actor actor) {
        return access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            return timeline(messagesOf(ticket, actor), progressOf(ticket, actor), historyOf(ticket, actor), actor);
        });
    }

    /**
     * The tickets with these ids in the current tenant, each with its whole timeline as staff see it ({@link
     * #timeline}), read with one query per kind instead of four per ticket: for the system's own work on many
     * tickets at once (the SLA sweep). Ids of no such ticket are left out.
     *
     * @throws IllegalArgumentException for any actor but the system
     */
    public Map<Long, TicketTimeline> timelines(Collection<Long> ids, Actor actor) {
        if (!actor.isSystem()) {
            throw new IllegalArgumentException("Timelines in bulk are read by the system only");
        }
        if (ids.isEmpty()) {
            return Map.of();
        }
        return access.readOnly(actor, () -> {
            Map<Long, List<MessageView>> said = new HashMap<>();
            messages.findByTicketIdInOrderByCreatedAtAscIdAsc(ids)
                    .forEach(m -> said.computeIfAbsent(m.ticketId(), k -> new ArrayList<>())
                            .add(m.view()));
            Map<Long, List<ProgressView>> recorded = new HashMap<>();
            progress.findByTicketIdInOrderByCreatedAtAscIdAsc(ids)
                    .forEach(p -> recorded.computeIfAbsent(p.ticketId(), k -> new ArrayList<>())
                            .add(p.view()));
            Map<Long, List<HistoryEntryView>> changed = new HashMap<>();
            history.findByTicketIdInOrderByOccurredAtAscIdAsc(ids)
                    .forEach(h -> changed.computeIfAbsent(h.ticketId(), k -> new ArrayList<>())
                            .add(h.view()));
            Map<Long, TicketTimeline> found = new LinkedHashMap<>();
            for (Ticket ticket : tickets.findAllById(ids)) {
                if (!TenantScope.isAllTenants() && ticket.tenantId() != TenantScope.current()) {
                    continue;
                }
                found.put(
                        ticket.id(),
                        new TicketTimeline(
                                ticket.view(true),
                                timeline(
                                        said.getOrDefault(ticket.id(), List.of()),
                                        recorded.getOrDefault(ticket.id(), List.of()),
                                        changed.getOrDefault(ticket.id(), List.of()),
                                        actor)));
            }
            return found;
        });
    }

    private static List<TimelineEntry> timeline(
            List<MessageView> said, List<ProgressView> recorded, List<HistoryEntryView> changed, Actor actor) {
        List<TimelineEntry> entries = new ArrayList<>();
        said.forEach(m -> entries.add(new TimelineEntry.Message(m)));
        recorded.forEach(p -> entries.add(new TimelineEntry.Progress(p)));
        changed.stream()
                .filter(h -> !h.field().equals("message") && !h.field().equals("progress"))
                .filter(h -> !actor.isCustomer() || h.field().equals("status"))
                .forEach(h -> entries.add(new TimelineEntry.Change(h)));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** The status changes {@code actor} may make on the ticket now. */
    public List<TicketLifecycle.Transition> allowedMoves(String number, Actor actor) {
        return access.readOnly(actor, () -> {
            Ticket ticket = access.visible(number, actor);
            return TicketLifecycle.allowedFrom(
                    ticket.status(), TicketLifecycle.partiesOf(actor, ticket.isRequester(actor.userId())));
        });
    }

    private List<MessageView> messagesOf(Ticket ticket, Actor actor) {
        List<TicketMessage> found = actor.isCustomer()
                ? messages.findByTicketIdAndKindOrderByCreatedAtAscIdAsc(ticket.id(), MessageKind.PUBLIC_REPLY)
                : messages.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id());
        boolean contacts = TicketAccess.showsContactDetails(actor, ticket);
        return found.stream()
                .map(TicketMessage::view)
                .map(m -> contacts ? m : MaskedViews.of(m))
                .toList();
    }

    /** The ticket's progress records; a customer gets only those staff marked for them. */
    private List<ProgressView> progressOf(Ticket ticket, Actor actor) {
        boolean contacts = TicketAccess.showsContactDetails(actor, ticket);
        return progress.findByTicketIdOrderByCreatedAtAscIdAsc(ticket.id()).stream()
                .map(ProgressRecord::view)
                .filter(p -> !actor.isCustomer() || p.customerVisible())
                .map(p -> contacts ? p : MaskedViews.of(p))
                .toList();
    }

    private List<HistoryEntryView> historyOf(Ticket ticket, Actor actor) {
        boolean contacts = TicketAccess.showsContactDetails(actor, ticket);
        return history.findByTicketIdOrderByOccurredAtAscIdAsc(ticket.id()).stream()
                .map(HistoryEntry::view)
                .filter(entry -> !actor.isCustomer() || !isInternal(entry))
                .map(h -> contacts ? h : MaskedViews.of(h))
                .toList();
    }

    private static boolean isInternal(HistoryEntryView entry) {
        return INTERNAL_FIELDS.contains(entry.field())
                || "message".equals(entry.field())
                        && MessageKind.INTERNAL_NOTE.name().equals(entry.newValue());
    }

    /**
     * The tickets of the tenant that best match the words of {@code text} (in the title, the description, a message or
     * a progress record), best first, at most {@code limit}, each with where the words were found marked: the search
     * page. A customer finds only their own tickets, by what they may read.
     */
    public List<TicketSearchHit> search(String text, Actor actor, int limit) {
        return access.readOnly(actor, () -> {
            List<TicketTextSearch.TextMatch> found =
                    textSearch.best(text, ownTickets(actor), actor.isCustomer(), limit);
            if (found.isEmpty()) {
                return List.of();
            }
            List<Long> ids =
                    found.stream().map(TicketTextSearch.TextMatch::ticketId).toList();
            Specification<Ticket> visible = visibleMatching(TicketQuery.all(limit), actor, List.of())
                    .and((root, cq, cb) -> root.get("id").in(ids));
            boolean contacts = TicketAccess.showsContactDetails(actor);
            Map<Long, Ticket> byId = new HashMap<>();
            tickets.findAll(visible).forEach(t -> byId.put(t.id(), t));
            List<TicketSearchHit> hits = new ArrayList<>();
            for (TicketTextSearch.TextMatch match : found) {
                Ticket ticket = byId.get(match.ticketId());
                if (ticket != null) {
                    TicketSummary summary = ticket.summary(contacts);
                    String snippet = match.snippetHtml() == null ? "" : match.snippetHtml();
                    hits.add(new TicketSearchHit(
                            summary,
                            match.titleHtmlOr(summary.title()),
                            contacts ? snippet : ContactMasking.mask(snippet)));
                }
            }
            return hits;
        });
    }

    /**
     * The tickets a list's text finds: by its words in the search index, and by the ticket's number or the customer's
     * contact fields in the database (a part of a phone number or an e-mail address; a name too short for a trigram
     * exactly); the newest of each, at most {@code loopdesk.search.ticket-matches}.
     */
    private List<Long> textMatches(TicketQuery query, Actor actor) {
        if (!query.filtersByText()) {
            return List.of();
        }
        String text = query.text().strip();
        Set<Long> found = new LinkedHashSet<>(textSearch.matching(text, ownTickets(actor), actor.isCustomer()));
        Limit limit = Limit.of(textSearch.matchLimit());
        found.addAll(
                text.codePointCount(0, text.length()) < 3
                        ? tickets.findIdsByContactName(text, onlyRequester(actor), limit)
                        : tickets.findIdsByContactText(
                                "%" + TicketSpecifications.escape(text.toLowerCase(Locale.ROOT)) + "%",
                                text,
                                onlyRequester(actor),
                                limit));
        return List.copyOf(found);
    }

    /**
     * The tickets of one who sees only their own (a customer), to which their text search is confined; null for
     * those who search the tenant's.
     */
    private @Nullable List<Long> ownTickets(Actor actor) {
        return TicketAccess.seesOnlyOwn(actor)
                ? tickets.findIdsOfRequester(java.util.Objects.requireNonNull(actor.userId()))
                : null;
    }

    /** The tickets matching {@code query} among those the actor may list. */
    private Specification<Ticket> visibleMatching(TicketQuery query, Actor actor, List<Long> textMatches) {
        Specification<Ticket> matching =
                TicketSpecifications.matching(query, onlyRequester(actor), clock.instant(), textMatches);
        Set<Long> tenants = access.listableTenants(actor);
        return tenants == null
                ? matching
                : matching.and((root, cq, cb) -> root.get("tenantId").in(tenants));
    }

    private static Long onlyRequester(Actor actor) {
        return TicketAccess.seesOnlyOwn(actor) ? actor.userId() : null;
    }
}
