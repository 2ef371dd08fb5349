package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.CategoryDirectory;
import io.loopdesk.ticket.TeamDirectory;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.TicketFieldValues;
import io.loopdesk.ticket.tag.TagName;
import io.loopdesk.ticket.value.FeedbackType;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a rule as written against the tenant it is for: every condition and action names what exists there (a
 * team, a person who handles tickets, a field and a value it takes, a template, a webhook). Lists every problem at
 * once, each named as the form names its field ({@code conditions[2].value}).
 */
@Component
class RuleCheck {

    static final int MAX_NAME = 100;
    static final int MAX_CONDITIONS = 30;
    static final int MAX_ACTIONS = 20;
    static final int MAX_VALUE = 200;
    static final int MAX_TEXT = 2000;
    /** A year of business hours is far beyond any follow-up a desk would wait for. */
    static final int MAX_HOURS = 8760;

    private final TeamDirectory teams;
    private final CategoryDirectory categories;
    private final UserAccounts users;
    private final CustomFields fields;
    private final TicketFieldValues fieldValues;
    private final ReplyTemplates templates;
    private final TenantWebhooks webhooks;

    RuleCheck(
            TeamDirectory teams,
            CategoryDirectory categories,
            UserAccounts users,
            CustomFields fields,
            TicketFieldValues fieldValues,
            ReplyTemplates templates,
            TenantWebhooks webhooks) {
        this.teams = teams;
        this.categories = categories;
        this.users = users;
        this.fields = fields;
        this.fieldValues = fieldValues;
        this.templates = templates;
        this.webhooks = webhooks;
    }

    /** The draft with its texts trimmed and its tags in their stored form. */
    RuleDraft checked(RuleDraft draft, Actor admin) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            problems.add(new FieldProblem("name", "automation.name.required", "Give the rule a name."));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem(
                    "name",
                    "automation.name.tooLong",
                    "A name has at most " + MAX_NAME + " characters.",
                    List.of(MAX_NAME)));
        }
        if (draft.trigger() == null) {
            problems.add(new FieldProblem("trigger", "automation.trigger.required", "Choose when the rule runs."));
        }
        TimeAnchor anchor = null;
        Integer hours = null;
        if (draft.trigger() == Trigger.TIMED) {
            anchor = draft.anchor();
            hours = draft.hours();
            if (anchor == null) {
                problems.add(
                        new FieldProblem("anchor", "automation.anchor.required", "Choose what the hours count from."));
            }
            if (hours == null || hours < 1 || hours > MAX_HOURS) {
                problems.add(new FieldProblem(
                        "hours",
                        "automation.hours.range",
                        "Give the business hours to wait, from 1 to " + MAX_HOURS + ".",
                        List.of(MAX_HOURS)));
            }
        }
        List<Condition> conditions = new ArrayList<>();
        if (draft.conditions().size() > MAX_CONDITIONS) {
            problems.add(new FieldProblem(
                    "conditions",
                    "automation.conditions.tooMany",
                    "A rule has at most " + MAX_CONDITIONS + " conditions.",
                    List.of(MAX_CONDITIONS)));
        }
        for (int i = 0; i < draft.conditions().size(); i++) {
            conditions.add(condition(draft.conditions().get(i), "conditions[" + i + "].", admin, problems));
        }
        List<Action> actions = new ArrayList<>();
        if (draft.actions().isEmpty()) {
            problems.add(
                    new FieldProblem("actions", "automation.actions.required", "Give the rule at least one action."));
        } else if (draft.actions().size() > MAX_ACTIONS) {
            problems.add(new FieldProblem(
                    "actions",
                    "automation.actions.tooMany",
                    "A rule has at most " + MAX_ACTIONS + " actions.",
                    List.of(MAX_ACTIONS)));
        }
        for (int i = 0; i < draft.actions().size(); i++) {
            actions.add(action(draft.actions().get(i), "actions[" + i + "].", admin, problems));
        }
        if (!problems.isEmpty()) {
            throw new AutomationRefusedException(problems);
        }
        return new RuleDraft(
                name, draft.trigger(), anchor, hours, draft.matchAll(), conditions, actions, draft.active());
    }

    private Condition condition(Condition raw, String at, Actor admin, List<FieldProblem> problems) {
        String value = raw.value() == null ? "" : raw.value().strip();
        String key = raw.key() == null || raw.key().isBlank() ? null : raw.key().strip();
        if (raw.subject() == null || raw.operator() == null) {
            problems.add(new FieldProblem(
                    at + "subject", "automation.condition.incomplete", "Choose what to compare and how."));
            return raw;
        }
        Subject subject = raw.subject();
        if (!subject.operators().contains(raw.operator())) {
            problems.add(new FieldProblem(
                    at + "operator",
                    "automation.operator.unfit",
                    "The comparison " + raw.operator() + " does not fit " + subject + ".",
                    List.of(raw.operator().name(), subject.name())));
        }
        if (value.length() > MAX_VALUE) {
            problems.add(new FieldProblem(
                    at + "value",
                    "automation.value.tooLong",
                    "A value has at most " + MAX_VALUE + " characters.",
                    List.of(MAX_VALUE)));
        } else if (!subject.choices().isEmpty()
                && !subject.choices().contains(value.toUpperCase(java.util.Locale.ROOT))
                && !subject.choices().contains(value)) {
            problems.add(new FieldProblem(
                    at + "value",
                    "automation.value.choose",
                    "Choose one of " + String.join(", ", subject.choices()) + ".",
                    List.of(String.join(", ", subject.choices()))));
        } else if (subject.isId() && !value.isEmpty() && !value.matches("\\d{1,18}")) {
            problems.add(new FieldProblem(at + "value", "automation.value.id", "Choose a team or a person, or none."));
        } else if (subject != Subject.FIELD
                && value.isEmpty()
                && !subject.isId()
                && raw.operator() != Operator.IS
                && raw.operator() != Operator.IS_NOT) {
            problems.add(
                    new FieldProblem(at + "value", "automation.value.required", "Give the value to compare with."));
        }
        if ((raw.operator() == Operator.GREATER_THAN || raw.operator() == Operator.LESS_THAN)
                && Condition.number(value) == null) {
            problems.add(new FieldProblem(at + "value", "automation.value.number", "Give a number to compare with."));
        }
        if (subject == Subject.FIELD) {
            if (key == null || fields.byKey(key, admin).isEmpty()) {
                problems.add(new FieldProblem(
                        at + "key",
                        "automation.field.unknown",
                        "Choose one of your ticket fields.",
                        List.of(String.valueOf(key))));
            }
        } else {
            key = null;
        }
        if (subject == Subject.TAG && !value.isEmpty()) {
            value = tag(value, at, problems);
        }
        String stored = subject.choices().isEmpty() ? value : value.toUpperCase(java.util.Locale.ROOT);
        if (subject == Subject.COMPLAINT) {
            stored = value.toLowerCase(java.util.Locale.ROOT);
        }
        return new Condition(subject, key, raw.operator(), stored);
    }

    private Action action(Action raw, String at, Actor admin, List<FieldProblem> problems) {
        if (raw.kind() == null) {
            problems.add(new FieldProblem(at + "kind", "automation.action.incomplete", "Choose what the action does."));
            return raw;
        }
        String value = raw.value() == null ? "" : raw.value().strip();
        String key = raw.kind().hasKey() && raw.key() != null && !raw.key().isBlank()
                ? raw.key().strip()
                : null;
        long tenantId = admin.tenantId();
        switch (raw.kind()) {
            case SET_STATUS -> {
                if (!named(TicketStatus.values(), value)) {
                    problems.add(choose(at, TicketStatus.values()));
                }
                value = value.toUpperCase(java.util.Locale.ROOT);
            }
            case SET_URGENCY -> {
                if (!named(Urgency.values(), value)) {
                    problems.add(choose(at, Urgency.values()));
                }
                value = value.toUpperCase(java.util.Locale.ROOT);
            }
            case SET_TYPE -> {
                if (!named(FeedbackType.values(), value)) {
                    problems.add(choose(at, FeedbackType.values()));
                }
                value = value.toUpperCase(java.util.Locale.ROOT);
            }
            case SET_CATEGORY -> {
                String code = value;
                if (categories.categoriesIn(tenantId).stream()
                        .noneMatch(c -> c.code().equals(code))) {
                    problems.add(new FieldProblem(
                            at + "value", "automation.category.unknown", "Choose one of your categories by its code."));
                }
            }
            case ADD_TAG, REMOVE_TAG -> value = tag(value, at, problems);
            case ASSIGN_TEAM -> {
                Long id = id(value);
                if (id == null || teams.teamName(id, tenantId).isEmpty()) {
                    problems.add(
                            new FieldProblem(at + "value", "automation.team.unknown", "Choose one of your teams."));
                }
            }
            case ASSIGN_AGENT -> {
                if (!value.isEmpty() && handler(value, tenantId).isEmpty()) {
                    problems.add(new FieldProblem(
                            at + "value",
                            "automation.agent.unknown",
                            "Choose a person of your desk who handles tickets, or nobody."));
                }
            }
            case SET_FIELD -> {
                if (key == null || fields.byKey(key, admin).isEmpty()) {
                    problems.add(new FieldProblem(
                            at + "key",
                            "automation.field.unknown",
                            "Choose one of your ticket fields.",
                            List.of(String.valueOf(key))));
                } else {
                    try {
                        fieldValues.check(Map.of(key, List.of(value)), admin);
                    } catch (DomainException refused) {
                        problems.add(new FieldProblem(
                                at + "value",
                                refused.problems().isEmpty()
                                        ? "automation.value.unfit"
                                        : refused.problems().getFirst().code(),
                                refused.getMessage(),
                                refused.problems().isEmpty()
                                        ? List.of()
                                        : refused.problems().getFirst().args()));
                    }
                }
            }
            case ADD_NOTE -> text(value, at, problems);
            case TEMPLATE_REPLY -> {
                Long id = id(value);
                if (id == null || templates.list(admin).stream().noneMatch(t -> t.id() == id)) {
                    problems.add(new FieldProblem(
                            at + "value", "automation.template.unknown", "Choose one of your reply templates."));
                }
            }
            case NOTIFY -> {
                if (key == null
                        || !(key.equals(NotifyTarget.ASSIGNEE)
                                || handler(key, tenantId).isPresent())) {
                    problems.add(new FieldProblem(
                            at + "key",
                            "automation.notify.whom",
                            "Choose whom to tell: the ticket's assignee or a person of your desk."));
                }
                text(value, at, problems);
            }
            case WEBHOOK -> {
                Long id = id(value);
                if (id == null || webhooks.list(admin).stream().noneMatch(w -> w.id() == id)) {
                    problems.add(new FieldProblem(
                            at + "value", "automation.webhook.unknown", "Choose one of your webhooks."));
                }
            }
        }
        return new Action(raw.kind(), key, value);
    }

    private Optional<UserView> handler(String id, long tenantId) {
        Long userId = id(id);
        return userId == null
                ? Optional.empty()
                : users.byId(userId)
                        .filter(u -> u.tenantId() == tenantId && u.enabled())
                        .filter(u -> u.roles().stream().anyMatch(Role.HANDLERS::contains));
    }

    private static String tag(String value, String at, List<FieldProblem> problems) {
        try {
            return TagName.of(value);
        } catch (DomainException refused) {
            FieldProblem problem = refused.problems().getFirst();
            problems.add(new FieldProblem(at + "value", problem.code(), problem.message(), problem.args()));
            return value;
        }
    }

    private static void text(String value, String at, List<FieldProblem> problems) {
        if (value.isEmpty() || value.length() > MAX_TEXT) {
            problems.add(new FieldProblem(
                    at + "value",
                    "automation.text.length",
                    "Write a text of 1 to " + MAX_TEXT + " characters.",
                    List.of(MAX_TEXT)));
        }
    }

    private static FieldProblem choose(String at, Enum<?>[] values) {
        List<String> names = Arrays.stream(values).map(Enum::name).toList();
        return new FieldProblem(
                at + "value",
                "automation.value.choose",
                "Choose one of " + String.join(", ", names) + ".",
                List.of(String.join(", ", names)));
    }

    private static boolean named(Enum<?>[] values, String value) {
        return Arrays.stream(values).anyMatch(v -> v.name().equalsIgnoreCase(value));
    }

    static @Nullable Long id(String text) {
        return text.matches("\\d{1,18}") ? Long.valueOf(text) : null;
    }
}
