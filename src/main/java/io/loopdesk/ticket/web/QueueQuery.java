package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.savedview.SavedView;
import io.loopdesk.ticket.savedview.SavedViewRefusedException;
import io.loopdesk.ticket.tag.TagName;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The ticket list a queue page shows, built the same way from the page's URL and from a saved view's stored filters,
 * so a view's counter in the sidebar counts exactly what opening it lists.
 */
@Component
class QueueQuery {

    /** The URL parameters a saved view keeps: the filters and the order, never the page or the view's own id. */
    static final List<String> KEPT = List.of(
            "view",
            "q",
            "status",
            "urgency",
            "channel",
            "language",
            "category",
            "assignee",
            "from",
            "to",
            "team",
            "product",
            "tag",
            "field",
            "fieldValue",
            "order",
            "rating",
            "complaint");

    private final TicketListParameters parameters;
    private final TeamDirectory teams;
    private final TicketQueries queries;

    QueueQuery(TicketListParameters parameters, TeamDirectory teams, TicketQueries queries) {
        this.parameters = parameters;
        this.teams = teams;
        this.queries = queries;
    }

    /** The list of one tab ({@code mine}, {@code team}, {@code unassigned}, {@code all}, {@code overdue}). */
    TicketQuery.Builder build(String view, Filters filters, Actor actor, int limit) {
        TicketQuery.Builder query = parameters.query(
                filters.status(),
                filters.category(),
                filters.assignee(),
                filters.urgency(),
                filters.channel(),
                filters.from(),
                filters.to(),
                filters.q(),
                filters.orderOr(view),
                limit,
                filters.cursor(),
                actor);
        query.complaintsOnly(filters.complaintsOnly())
                .rating(filters.rating())
                .language(TicketListParameters.language(filters.language()))
                .product(filters.product())
                .tag(filters.tag() == null || filters.tag().isBlank() ? null : TagName.of(filters.tag()))
                .field(filters.fieldFilter());
        if (filters.team() != null) {
            query.teams(Set.of(filters.team()));
        }
        switch (view) {
            case "mine" ->
                query.assignee(
                        actor.userId() == null
                                ? TicketQuery.AssigneeFilter.UNASSIGNED
                                : new TicketQuery.AssigneeFilter.User(actor.userId()));
            case "team" -> query.teams(myTeams(actor));
            case "unassigned" -> query.assignee(TicketQuery.AssigneeFilter.UNASSIGNED);
            case "overdue" -> query.overdue(true);
            default -> {}
        }
        return query;
    }

    /** How many tickets a saved view lists now, for its counter. */
    long count(SavedView view, Actor actor) {
        MultiValueMap<String, String> stored = parse(view.filters());
        String tab = tab(view.page(), stored.getFirst("view"));
        TicketQuery query = build(tab, filtersOf(stored), actor, 1).build();
        Map<TicketStatus, Long> counts = queries.countByStatus(query, actor);
        return counts.entrySet().stream()
                .filter(e -> query.statuses().isEmpty() || query.statuses().contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** Every ticket the list of a page's URL query shows, for a bulk action over all that match. */
    TicketQuery matching(@Nullable String urlQuery, String page, Actor actor) {
        MultiValueMap<String, String> stored = parse(urlQuery == null ? "" : urlQuery);
        return build(tab(page, stored.getFirst("view")), filtersOf(stored), actor, 1)
                .build();
    }

    /**
     * The filters of a page's URL query as a view keeps them: only {@link #KEPT} parameters with a value, checked
     * by building the list they describe.
     *
     * @throws SavedViewRefusedException if a value is one the list would refuse
     */
    String keep(@Nullable String urlQuery, String page, Actor actor) {
        MultiValueMap<String, String> all = parse(urlQuery == null ? "" : urlQuery);
        MultiValueMap<String, String> kept = new LinkedMultiValueMap<>();
        for (String name : KEPT) {
            List<String> values = all.get(name);
            if (values != null) {
                values.stream().filter(v -> !v.isBlank()).forEach(v -> kept.add(name, v.strip()));
            }
        }
        try {
            build(tab(page, kept.getFirst("view")), filtersOf(kept), actor, 1).build();
        } catch (IllegalArgumentException | DomainException e) {
            throw SavedViewRefusedException.badFilters(String.valueOf(e.getMessage()));
        }
        StringJoiner query = new StringJoiner("&");
        kept.forEach((name, values) ->
                values.forEach(v -> query.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return query.toString();
    }

    /** The tab a view opens on its page; an unknown one falls back as the page itself would. */
    static String tab(String page, @Nullable String view) {
        List<String> tabs = page.equals("desk") ? QueueController.DESK_VIEWS : QueueController.WORKSPACE_VIEWS;
        return view != null && tabs.contains(view) ? view : tabs.getFirst();
    }

    /** A URL query as a browser's form writes it (spaces as {@code +}), decoded as the servlet container does. */
    private static MultiValueMap<String, String> parse(String urlQuery) {
        MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
        for (String pair : urlQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                decoded.add(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw SavedViewRefusedException.badFilters("'" + pair + "' is not URL-encoded.");
            }
        }
        return decoded;
    }

    private static Filters filtersOf(MultiValueMap<String, String> p) {
        return new Filters(
                enums(TicketStatus.class, "status", p.get("status")),
                p.getFirst("category"),
                enums(Urgency.class, "urgency", p.get("urgency")),
                enums(Channel.class, "channel", p.get("channel")),
                p.getFirst("assignee"),
                p.getFirst("q"),
                one(TicketQuery.Order.class, "order", p.getFirst("order")),
                null,
                p.getFirst("complaint") == null ? null : Boolean.valueOf(p.getFirst("complaint")),
                one(TicketQuery.RatingFilter.class, "rating", p.getFirst("rating")),
                p.getFirst("from"),
                p.getFirst("to"),
                number("team", p.getFirst("team")),
                p.getFirst("language"),
                p.getFirst("product"),
                p.getFirst("tag"),
                p.getFirst("field"),
                p.getFirst("fieldValue"));
    }

    private static <E extends Enum<E>> @Nullable Set<E> enums(
            Class<E> type, String name, @Nullable List<String> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        Set<E> set = EnumSet.noneOf(type);
        for (String value : values) {
            for (String part : value.split(",")) {
                E parsed = one(type, name, part);
                if (parsed != null) {
                    set.add(parsed);
                }
            }
        }
        return set;
    }

    private static <E extends Enum<E>> @Nullable E one(Class<E> type, String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " cannot be '" + value + "'.");
        }
    }

    private static @Nullable Long number(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'.");
        }
    }

    private Set<Long> myTeams(Actor actor) {
        Set<Long> mine = actor.userId() == null ? Set.of() : teams.teamsOf(actor.userId());
        // a member of no team sees an empty team queue, not every ticket
        return mine.isEmpty() ? Set.of(-1L) : mine;
    }
}
