package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketPage;
import io.loopdesk.ticket.view.TicketSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The agent workspace ({@code /workspace}: my queue, my teams' queue, unassigned, all) and the supervisor desk
 * ({@code /desk}: all, unassigned, overdue, with assignment in place). Filters, order and page live in the URL, so
 * a reload or a shared link shows the same list.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class QueueController {

    static final List<String> WORKSPACE_VIEWS = List.of("mine", "team", "unassigned", "all");
    static final List<String> DESK_VIEWS = List.of("all", "unassigned", "overdue");

    /** The languages the list offers to filter by; any other detected one can be asked for in the URL. */
    static final List<String> LANGUAGES =
            List.of("zh-CN", "zh-TW", "en", "ja", "ko", "fr", "de", "es", "pt", "ru", "it", "th", "vi", "id", "ar");

    private final TicketQueries queries;
    private final TicketListParameters parameters;
    private final UserAccounts users;
    private final TeamDirectory teams;
    private final CategoryDirectory categories;

    QueueController(
            TicketQueries queries,
            TicketListParameters parameters,
            UserAccounts users,
            TeamDirectory teams,
            CategoryDirectory categories) {
        this.queries = queries;
        this.parameters = parameters;
        this.users = users;
        this.teams = teams;
        this.categories = categories;
    }

    /** One tab or status counter: where it leads and whether it is the current one. */
    public record Link(String key, String href, boolean current, long count) {}

    @GetMapping("/workspace")
    String workspace(@RequestParam(defaultValue = "mine") String view, Filters filters, Actor actor, Model model) {
        String current = WORKSPACE_VIEWS.contains(view) ? view : "mine";
        return queue("workspace", current, WORKSPACE_VIEWS, filters, actor, model);
    }

    @GetMapping("/desk")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String desk(@RequestParam(defaultValue = "all") String view, Filters filters, Actor actor, Model model) {
        String current = DESK_VIEWS.contains(view) ? view : "all";
        return queue("desk", current, DESK_VIEWS, filters, actor, model);
    }

    private String queue(String page, String view, List<String> views, Filters filters, Actor actor, Model model) {
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
                25,
                filters.cursor(),
                actor);
        query.complaintsOnly(filters.complaintsOnly())
                .rating(filters.rating())
                .language(TicketListParameters.language(filters.language()))
                .product(filters.product());
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
        TicketQuery built = query.build();
        TicketPage result = queries.list(built, actor);
        Map<TicketStatus, Long> counts = queries.countByStatus(built, actor);

        model.addAttribute("page", page);
        model.addAttribute("view", view);
        model.addAttribute(
                "tabs",
                views.stream()
                        .map(v -> new Link(
                                v,
                                link().replaceQueryParam("view", v)
                                        .replaceQueryParam("cursor")
                                        .replaceQueryParam("status")
                                        .build()
                                        .toUriString(),
                                v.equals(view),
                                0))
                        .toList());
        model.addAttribute("counters", counters(counts, filters.status()));
        model.addAttribute("tickets", result.items());
        model.addAttribute(
                "next",
                result.nextCursor() == null
                        ? null
                        : link().replaceQueryParam("cursor", result.nextCursor())
                                .build()
                                .toUriString());
        model.addAttribute(
                "first",
                filters.cursor() == null
                        ? null
                        : link().replaceQueryParam("cursor").build().toUriString());
        model.addAttribute("filters", filters);
        model.addAttribute("statuses", TicketStatus.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("languages", LANGUAGES);
        model.addAttribute("orders", TicketQuery.Order.values());
        model.addAttribute("ratings", TicketQuery.RatingFilter.values());
        model.addAttribute("names", users.displayNames(assignees(result.items())));
        model.addAttribute("teamNames", teamNames(result.items(), actor));
        model.addAttribute("categories", categories.choices(actor.tenantId(), LocaleContextHolder.getLocale()));
        if (page.equals("desk")) {
            model.addAttribute("staff", staff(result.items(), actor));
        }
        return "ticket/queue";
    }

    private List<Link> counters(Map<TicketStatus, Long> counts, @Nullable Set<TicketStatus> selected) {
        List<Link> links = new ArrayList<>();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        links.add(new Link(
                "ALL",
                link().replaceQueryParam("status")
                        .replaceQueryParam("cursor")
                        .build()
                        .toUriString(),
                selected == null || selected.isEmpty(),
                total));
        for (TicketStatus status : TicketStatus.values()) {
            links.add(new Link(
                    status.name(),
                    link().replaceQueryParam("status", status)
                            .replaceQueryParam("cursor")
                            .build()
                            .toUriString(),
                    selected != null && selected.size() == 1 && selected.contains(status),
                    counts.get(status)));
        }
        return links;
    }

    private Set<Long> myTeams(Actor actor) {
        Set<Long> mine = actor.userId() == null ? Set.of() : teams.teamsOf(actor.userId());
        // a member of no team sees an empty team queue, not every ticket
        return mine.isEmpty() ? Set.of(-1L) : mine;
    }

    private Map<Long, String> teamNames(List<TicketSummary> items, Actor actor) {
        Set<Long> tenants = new HashSet<>();
        items.forEach(t -> tenants.add(t.tenantId()));
        if (tenants.isEmpty()) {
            tenants.add(actor.tenantId());
        }
        Map<Long, String> names = new java.util.HashMap<>();
        tenants.forEach(tenant -> names.putAll(teams.teamsIn(tenant)));
        return names;
    }

    /** The people each listed ticket could go to: the staff of the tickets' tenants. */
    private List<UserView> staff(List<TicketSummary> items, Actor actor) {
        Set<Long> tenants = new HashSet<>();
        items.forEach(t -> tenants.add(t.tenantId()));
        if (tenants.isEmpty()) {
            tenants.add(actor.tenantId());
        }
        return tenants.stream().flatMap(tenant -> users.staff(tenant).stream()).toList();
    }

    private static Collection<Long> assignees(List<TicketSummary> items) {
        return items.stream()
                .map(TicketSummary::assigneeId)
                .filter(Objects::nonNull)
                .toList();
    }

    private static ServletUriComponentsBuilder link() {
        return ServletUriComponentsBuilder.fromCurrentRequest();
    }
}
