package io.loopdesk.reporting;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.routing.Categories;
import io.loopdesk.routing.Teams;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.CategoryName;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names for breakdown values in the reader's language: teams, people, categories, channels, urgencies, tenants. */
@Component
class ReportLabels {

    private final Teams teams;
    private final UserAccounts users;
    private final Categories categories;
    private final Tenants tenants;
    private final MessageSource messages;

    ReportLabels(Teams teams, UserAccounts users, Categories categories, Tenants tenants, MessageSource messages) {
        this.teams = teams;
        this.users = users;
        this.categories = categories;
        this.tenants = tenants;
        this.messages = messages;
    }

    /** The tenant's teams and the people who handle tickets, by name: whose scorecard a supervisor may open. */
    Scorecards scorecards(long tenantId) {
        List<Scorecards.Choice> teamChoices = teams.in(tenantId).stream()
                .map(team -> new Scorecards.Choice(Long.toString(team.id()), team.name()))
                .sorted(Comparator.comparing(Scorecards.Choice::label))
                .toList();
        List<Scorecards.Choice> agents =
                users.withAnyRole(tenantId, EnumSet.of(Role.AGENT, Role.ENGINEER, Role.SUPERVISOR)).stream()
                        .map(user -> new Scorecards.Choice(Long.toString(user.id()), user.displayName()))
                        .sorted(Comparator.comparing(Scorecards.Choice::label))
                        .toList();
        return new Scorecards(teamChoices, agents);
    }

    Map<String, String> of(long tenantId, Dimension dimension, Collection<String> values, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        String none = messages.getMessage("report.value.none", null, "(none)", locale);
        switch (dimension) {
            case TEAM -> {
                Map<Long, String> names = teams.teamsIn(tenantId);
                values.forEach(v -> labels.put(v, v.isEmpty() ? none : names.getOrDefault(Long.valueOf(v), "#" + v)));
            }
            case AGENT -> {
                Map<Long, String> names = users.displayNames(values.stream()
                        .filter(v -> !v.isEmpty())
                        .map(Long::valueOf)
                        .toList());
                values.forEach(v -> labels.put(v, v.isEmpty() ? none : names.getOrDefault(Long.valueOf(v), "#" + v)));
            }
            case CATEGORY, CATEGORY_ROOT -> {
                Map<String, CategoryName> names = new HashMap<>();
                categories.categoriesIn(tenantId).forEach(c -> names.put(c.code(), c));
                values.forEach(v -> labels.put(
                        v,
                        v.isEmpty() ? none : names.containsKey(v) ? names.get(v).name(locale) : v));
            }
            case CHANNEL, URGENCY -> {
                String prefix = dimension == Dimension.CHANNEL ? "channel." : "urgency.";
                values.forEach(v -> labels.put(v, messages.getMessage(prefix + v, null, v, locale)));
            }
            case TENANT ->
                values.forEach(v -> labels.put(
                        v, tenants.byId(Long.parseLong(v)).map(TenantInfo::name).orElse("#" + v)));
            case PRODUCT -> values.forEach(v -> labels.put(v, v.isEmpty() ? none : v));
            case ALL ->
                values.forEach(v -> labels.put(v, messages.getMessage("report.value.all", null, "All", locale)));
        }
        return labels;
    }
}
