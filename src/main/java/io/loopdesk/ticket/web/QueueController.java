package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.TicketMacros;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.savedview.SavedView;
import io.loopdesk.ticket.savedview.SavedViews;
import io.loopdesk.ticket.savedview.ViewColumn;
import io.loopdesk.ticket.tag.TicketTags;
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
import java.util.stream.Collectors;
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
    private final QueueQuery queueQuery;
    private final SavedViews savedViews;
    private final TicketMacros macros;
    private final TicketTags ticketTags;
    private final UserAccounts users;
    private final TeamDirectory teams;
    private final CategoryDirectory categories;
    private final CustomFields customFields;

    QueueController(
            TicketQueries queries,
            QueueQuery queueQuery,
            SavedViews savedViews,
            TicketMacros macros,
            TicketTags ticketTags,
            UserAccounts users,
            TeamDirectory teams,
            CategoryDirectory categories,
            CustomFields customFields) {
        this.queries = queries;
        this.queueQuery = queueQuery;
        this.savedViews = savedViews;
        this.macros = macros;
        this.ticketTags = ticketTags;
        this.users = users;
        this.teams = teams;
        this.categories = categories;
        this.customFields = customFields;
    }

    /** One tab or status counter: where it leads and whether it is the current one. */
    public record Link(String key, String href, boolean current, long count) {}

    @GetMapping("/workspace")
    String workspace(
            @RequestParam(defaultValue = "mine") String view,
            Filters filters,
            @RequestParam(required = false) @Nullable Long sv,
            Actor actor,
            Model model) {
        String current = WORKSPACE_VIEWS.contains(view) ? view : "mine";
        return queue("workspace", current, WORKSPACE_VIEWS, filters, sv, actor, model);
    }

    @GetMapping("/desk")
    @PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
    String desk(
            @RequestParam(defaultValue = "all") String view,
            Filters filters,
            @RequestParam(required = false) @Nullable Long sv,
            Actor actor,
            Model model) {
        String current = DESK_VIEWS.contains(view) ? view : "all";
        return queue("desk", current, DESK_VIEWS, filters, sv, actor, model);
    }

    private String queue(
            String page,
            String view,
            List<String> views,
            Filters filters,
            @Nullable Long sv,
            Actor actor,
            Model model) {
        SavedView saved = sv == null ? null : savedViews.get(sv, actor);
        TicketQuery.Builder query = queueQuery.build(view, filters, actor, 25);
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
        boolean supervisor = actor.hasAny(Role.SUPERVISORS);
        model.addAttribute("bulkStaff", supervisor ? users.staff(actor.tenantId()) : List.of());
        model.addAttribute("bulkTeams", supervisor ? teams.teamsIn(actor.tenantId()) : Map.of());
        model.addAttribute("bulkMacros", macros.available(actor));
        model.addAttribute(
                "matchingCount",
                counts.entrySet().stream()
                        .filter(e ->
                                built.statuses().isEmpty() || built.statuses().contains(e.getKey()))
                        .mapToLong(Map.Entry::getValue)
                        .sum());
        model.addAttribute(
                "tagsByNumber",
                ticketTags.of(result.items().stream().map(TicketSummary::number).toList(), actor));
        model.addAttribute(
                "tenantTags", actor.worksTickets() ? ticketTags.inUse(actor).keySet() : Set.of());
        model.addAttribute("customFields", actor.worksTickets() ? customFields.active(actor) : List.of());
        model.addAttribute("savedView", saved);
        model.addAttribute(
                "columns",
                (saved == null ? ViewColumn.all() : saved.columns())
                        .stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("allColumns", ViewColumn.values());
        model.addAttribute("savedViews", sidebar(saved, actor));
        model.addAttribute("mayShare", actor.hasAny(Role.SUPERVISORS));
        model.addAttribute("shareTeams", teams.teamsIn(actor.tenantId()));
        model.addAttribute(
                "listQuery",
                link().replaceQueryParam("cursor")
                        .replaceQueryParam("sv")
                        .build()
                        .getQuery());
        return "ticket/queue";
    }

    /** A saved view in the sidebar: where it leads and how many tickets it lists now. */
    public record SavedViewLink(
            long id, String name, String scope, String href, long count, boolean current, boolean deletable) {}

    private List<SavedViewLink> sidebar(@Nullable SavedView current, Actor actor) {
        return savedViews.visibleTo(actor).stream()
                .map(v -> new SavedViewLink(
                        v.id(),
                        v.name(),
                        v.scope().name(),
                        v.href(),
                        queueQuery.count(v, actor),
                        current != null && current.id() == v.id(),
                        savedViews.mayDelete(v, actor)))
                .toList();
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
