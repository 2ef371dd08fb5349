package io.loopdesk.automation.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.custom.CustomFields;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** What the rule form offers to pick from by name where a rule keeps an id: teams, people, templates, webhooks, fields. */
@Component
class RuleChoices {

    /** Each kind of thing by its id (or key) with the name the form shows. */
    record Choices(
            Map<String, String> teams,
            Map<String, String> people,
            Map<String, String> templates,
            Map<String, String> webhooks,
            Map<String, String> fields) {

        /** Each kind by the name of its heading on the form. */
        public Map<String, Map<String, String>> groups() {
            Map<String, Map<String, String>> groups = new LinkedHashMap<>();
            groups.put("teams", teams);
            groups.put("people", people);
            groups.put("templates", templates);
            groups.put("webhooks", webhooks);
            groups.put("fields", fields);
            return groups;
        }
    }

    private final TeamDirectory teams;
    private final UserAccounts users;
    private final ReplyTemplates templates;
    private final TenantWebhooks webhooks;
    private final CustomFields fields;

    RuleChoices(
            TeamDirectory teams,
            UserAccounts users,
            ReplyTemplates templates,
            TenantWebhooks webhooks,
            CustomFields fields) {
        this.teams = teams;
        this.users = users;
        this.templates = templates;
        this.webhooks = webhooks;
        this.fields = fields;
    }

    Choices of(Actor admin) {
        long tenantId = admin.tenantId();
        Map<String, String> teamNames = new LinkedHashMap<>();
        TenantScope.of(admin, () -> teams.teamsIn(tenantId))
                .forEach((id, name) -> teamNames.put(String.valueOf(id), name));
        Map<String, String> people = new LinkedHashMap<>();
        TenantScope.of(admin, () -> users.withAnyRole(tenantId, Role.HANDLERS)).stream()
                .filter(UserView::enabled)
                .forEach(u -> people.put(String.valueOf(u.id()), u.displayName()));
        Map<String, String> templateNames = new LinkedHashMap<>();
        templates.list(admin).forEach(t -> templateNames.put(String.valueOf(t.id()), t.name()));
        Map<String, String> hooks = new LinkedHashMap<>();
        webhooks.list(admin).forEach(w -> hooks.put(String.valueOf(w.id()), w.url()));
        Map<String, String> fieldLabels = new LinkedHashMap<>();
        fields.active(admin).forEach(f -> fieldLabels.put(f.key(), f.label()));
        return new Choices(teamNames, people, templateNames, hooks, fieldLabels);
    }
}
