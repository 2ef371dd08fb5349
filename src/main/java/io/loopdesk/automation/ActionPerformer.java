package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.shared.Phrase;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.custom.TicketFieldValues;
import io.loopdesk.ticket.tag.TicketTags;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Takes a rule's actions on a ticket through the services a person's change goes through, so every rule of the
 * lifecycle, the tenant's fields and its tags holds for an automation as for anyone; a refusal refuses the firing.
 */
@Component
class ActionPerformer {

    private final Tickets tickets;
    private final TicketQueries queries;
    private final TicketTags tags;
    private final TicketFieldValues fieldValues;
    private final ReplyTemplates templates;
    private final Notifications notifications;
    private final TenantWebhooks webhooks;
    private final UserAccounts users;

    ActionPerformer(
            Tickets tickets,
            TicketQueries queries,
            TicketTags tags,
            TicketFieldValues fieldValues,
            ReplyTemplates templates,
            Notifications notifications,
            TenantWebhooks webhooks,
            UserAccounts users) {
        this.tickets = tickets;
        this.queries = queries;
        this.tags = tags;
        this.fieldValues = fieldValues;
        this.templates = templates;
        this.notifications = notifications;
        this.webhooks = webhooks;
        this.users = users;
    }

    /** Takes each action in turn on the ticket, as {@code actor} (the system, named after the rule). */
    void perform(AutomationRuleView rule, TicketSnapshot before, Actor actor) {
        String number = before.ticket().number();
        for (Action action : rule.rule().actions()) {
            perform(rule, action, number, actor);
        }
    }

    private void perform(AutomationRuleView rule, Action action, String number, Actor actor) {
        String value = action.value();
        switch (action.kind()) {
            case SET_STATUS -> {
                TicketStatus status = TicketStatus.valueOf(value);
                if (current(number, actor).status() != status) {
                    tickets.changeStatus(number, status, rule.name(), actor);
                }
            }
            case SET_URGENCY -> {
                Urgency urgency = Urgency.valueOf(value);
                if (current(number, actor).urgency() != urgency) {
                    tickets.edit(number, edit(urgency, null, null), actor);
                }
            }
            case SET_TYPE -> {
                FeedbackType type = FeedbackType.valueOf(value);
                if (current(number, actor).type() != type) {
                    tickets.edit(number, edit(null, type, null), actor);
                }
            }
            case SET_CATEGORY -> {
                if (!value.equals(current(number, actor).category())) {
                    tickets.edit(number, edit(null, null, value), actor);
                }
            }
            case ADD_TAG -> tags.add(number, value, actor);
            case REMOVE_TAG -> tags.remove(number, value, actor);
            case ASSIGN_TEAM -> {
                long teamId = Long.parseLong(value);
                if (!Objects.equals(current(number, actor).teamId(), teamId)) {
                    tickets.route(number, teamId, null, rule.name(), actor);
                }
            }
            case ASSIGN_AGENT -> {
                Long assignee = value.isEmpty() ? null : Long.valueOf(value);
                if (!Objects.equals(current(number, actor).assigneeId(), assignee)) {
                    tickets.assign(number, assignee, rule.name(), actor);
                }
            }
            case SET_FIELD ->
                fieldValues.set(number, Map.of(Objects.requireNonNull(action.key()), List.of(value)), actor);
            case ADD_NOTE -> tickets.addMessage(number, MessageKind.INTERNAL_NOTE, value, actor);
            case TEMPLATE_REPLY ->
                tickets.addMessage(
                        number,
                        MessageKind.PUBLIC_REPLY,
                        templates.render(Long.parseLong(value), number, actor),
                        actor);
            case NOTIFY -> notify(rule, action, number, actor);
            case WEBHOOK ->
                webhooks.call(
                        actor.tenantId(), Long.parseLong(value), "automation.fired", data(rule, number, actor), number);
        }
    }

    private void notify(AutomationRuleView rule, Action action, String number, Actor actor) {
        String whom = Objects.requireNonNull(action.key());
        Optional<UserView> person = NotifyTarget.ASSIGNEE.equals(whom)
                ? Optional.ofNullable(current(number, actor).assigneeId()).flatMap(users::byId)
                : users.byId(Long.parseLong(whom)).filter(u -> u.tenantId() == actor.tenantId());
        person.filter(UserView::enabled)
                .ifPresent(user -> notifications.sendToStaff(
                        actor.tenantId(),
                        List.of(user),
                        Phrase.of("automation.notice.subject", rule.name(), number),
                        Phrase.verbatim(action.value()),
                        number,
                        null));
    }

    private Map<String, Object> data(AutomationRuleView rule, String number, Actor actor) {
        TicketView ticket = current(number, actor);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("automation", Map.of("id", rule.id(), "name", rule.name()));
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("number", ticket.number());
        about.put("status", ticket.status().name());
        about.put("urgency", ticket.urgency().name());
        about.put("channel", ticket.channel().name());
        about.put("category", ticket.category());
        about.put("title", ticket.title());
        about.put("teamId", ticket.teamId());
        about.put("assigneeId", ticket.assigneeId());
        data.put("ticket", about);
        return data;
    }

    private TicketView current(String number, Actor actor) {
        return queries.get(number, actor);
    }

    /** An edit of the urgency, the type or the category alone; {@code null} leaves one as it is. */
    private static TicketEdit edit(@Nullable Urgency urgency, @Nullable FeedbackType type, @Nullable String category) {
        return new TicketEdit(
                null, null, null, null, null, type, urgency, category, null, null, null, null, null, null, null, null,
                null);
    }
}
