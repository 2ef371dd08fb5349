package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.CategoryView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.ShiftView;
import io.loopdesk.routing.Shifts;
import io.loopdesk.routing.SurgeRule;
import io.loopdesk.routing.TeamView;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.tenant.Tenants;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * The tenant admin's routing pages ({@link RoutingAdminSection}): rules, teams and members, shifts, categories and
 * their teams, agents' skills and caps. Each change returns to the page it was made on.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class RoutingAdminController {

    private final PageActions actions;
    private final RoutingPolicies policies;
    private final Categories categories;
    private final Teams teams;
    private final Presence presence;
    private final UserAccounts users;
    private final Shifts shifts;
    private final Tenants tenants;

    RoutingAdminController(
            PageActions actions,
            RoutingPolicies policies,
            Categories categories,
            Teams teams,
            Presence presence,
            UserAccounts users,
            Shifts shifts,
            Tenants tenants) {
        this.actions = actions;
        this.policies = policies;
        this.categories = categories;
        this.teams = teams;
        this.presence = presence;
        this.users = users;
        this.shifts = shifts;
        this.tenants = tenants;
    }

    private java.time.ZoneId zone(Actor actor) {
        return tenants.byId(actor.tenantId())
                .map(t -> t.timeZone())
                .orElseThrow(() -> new IllegalStateException("No tenant " + actor.tenantId()));
    }

    @GetMapping({"/admin/routing", "/admin/routing/{path:teams|shifts|categories|agents}"})
    String page(@PathVariable(required = false) @Nullable String path, Actor actor, Locale locale, Model model) {
        RoutingAdminSection section =
                RoutingAdminSection.at(path == null ? "" : path).orElseThrow();
        long tenant = actor.tenantId();
        List<TeamView> teamList = teams.in(tenant);
        model.addAttribute("section", section);
        model.addAttribute("sections", RoutingAdminSection.values());
        model.addAttribute("rules", policies.rules(tenant));
        model.addAttribute("teams", teamList);
        switch (section) {
            case RULES -> {}
            case TEAMS -> {
                model.addAttribute("staff", users.staff(tenant));
                // every member by name, also one who no longer works tickets
                model.addAttribute(
                        "names",
                        users.displayNames(teamList.stream()
                                .flatMap(t -> t.memberIds().stream())
                                .collect(Collectors.toSet())));
            }
            case SHIFTS -> {
                model.addAttribute("shifts", shifts.of(tenant));
                model.addAttribute("days", java.time.DayOfWeek.values());
            }
            case CATEGORIES ->
                model.addAttribute("categories", CategoryRow.of(categories.of(tenant), teams.teamsIn(tenant), locale));
            case AGENTS -> {
                List<UserView> staff = users.staff(tenant);
                model.addAttribute("staff", staff);
                model.addAttribute(
                        "agents", staff.stream().collect(Collectors.toMap(UserView::id, u -> presence.of(u.id()))));
            }
        }
        return "routing/admin";
    }

    @PostMapping("/admin/routing/rules")
    String rules(
            @RequestParam double confidenceThreshold,
            @RequestParam int defaultCap,
            @RequestParam(defaultValue = "false") boolean autoAssign,
            @RequestParam(required = false) @Nullable Long seniorTeamId,
            @RequestParam(required = false) @Nullable Long expertTeamId,
            @RequestParam int incidentWindowMinutes,
            @RequestParam int incidentThreshold,
            @RequestParam(required = false) @Nullable Integer surgeWindowMinutes,
            @RequestParam(required = false) @Nullable Double surgeFactor,
            @RequestParam(required = false) @Nullable Integer surgeMinimum,
            Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, RoutingAdminSection.RULES, () -> {
            // a form from before the surge fields keeps the tenant's surge rule
            SurgeRule surge = policies.rules(actor.tenantId()).surge();
            return policies.change(
                    actor.tenantId(),
                    new RoutingRules(
                            confidenceThreshold,
                            defaultCap,
                            autoAssign,
                            seniorTeamId,
                            expertTeamId,
                            incidentWindowMinutes,
                            incidentThreshold,
                            new SurgeRule(
                                    surgeWindowMinutes == null ? surge.windowMinutes() : surgeWindowMinutes,
                                    surgeFactor == null ? surge.factor() : surgeFactor,
                                    surgeMinimum == null ? surge.minimum() : surgeMinimum)),
                    actor);
        });
    }

    @PostMapping("/admin/routing/teams")
    String team(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String description,
            Actor actor,
            RedirectAttributes redirect) {
        return act(redirect, RoutingAdminSection.TEAMS, () -> teams.create(actor.tenantId(), name, description));
    }

    @PostMapping("/admin/routing/members")
    String member(@RequestParam long teamId, @RequestParam long userId, Actor actor, RedirectAttributes redirect) {
        return act(redirect, RoutingAdminSection.TEAMS, () -> teams.addMember(teamId, userId));
    }

    @PostMapping("/admin/routing/categories")
    String category(
            @RequestParam String code,
            @RequestParam String nameZh,
            @RequestParam String nameEn,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(required = false) @Nullable String skill,
            Actor actor,
            RedirectAttributes redirect) {
        return act(
                redirect,
                RoutingAdminSection.CATEGORIES,
                () -> categories.save(
                        actor.tenantId(),
                        new CategoryView(
                                code.strip(),
                                nameZh,
                                nameEn,
                                teamId,
                                skill == null || skill.isBlank() ? null : skill.strip()),
                        actor));
    }

    @PostMapping("/admin/routing/shifts")
    String shift(
            @RequestParam long teamId,
            @RequestParam java.time.DayOfWeek day,
            @RequestParam String start,
            @RequestParam String end,
            Actor actor,
            RedirectAttributes redirect) {
        return act(
                redirect,
                RoutingAdminSection.SHIFTS,
                () -> shifts.add(
                        actor.tenantId(),
                        new ShiftView(
                                null,
                                teamId,
                                day,
                                java.time.LocalTime.parse(start),
                                java.time.LocalTime.parse(end),
                                zone(actor)),
                        actor));
    }

    @PostMapping("/admin/routing/shifts/{id}/delete")
    String removeShift(@PathVariable long id, Actor actor, RedirectAttributes redirect) {
        return act(redirect, RoutingAdminSection.SHIFTS, () -> {
            shifts.remove(actor.tenantId(), id, actor);
            return id;
        });
    }

    @PostMapping("/admin/routing/agents")
    String agent(
            @RequestParam long userId,
            @RequestParam(defaultValue = "") String skills,
            @RequestParam(required = false) @Nullable Integer cap,
            Actor actor,
            RedirectAttributes redirect) {
        Set<String> tags = Arrays.stream(skills.split("[,，\\s]+"))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toSet());
        return act(redirect, RoutingAdminSection.AGENTS, () -> presence.change(userId, tags, cap, actor));
    }

    private String act(RedirectAttributes redirect, RoutingAdminSection section, Supplier<?> action) {
        try {
            return actions.redirect(section.href(), redirect, "admin.rules.saved", action);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            // a value the form's own parsing refused (a time, a number) before the domain saw it
            redirect.addFlashAttribute("failure", e.getMessage());
            return "redirect:" + section.href();
        }
    }
}
