package io.loopdesk.automation.web;

import io.loopdesk.automation.Action;
import io.loopdesk.automation.ActionKind;
import io.loopdesk.automation.AutomationRuleView;
import io.loopdesk.automation.Condition;
import io.loopdesk.automation.Operator;
import io.loopdesk.automation.RuleDraft;
import io.loopdesk.automation.Subject;
import io.loopdesk.automation.TimeAnchor;
import io.loopdesk.automation.Trigger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The rule form as posted: indexed rows of conditions ({@code conditions[0].subject}, {@code .key}, {@code .operator},
 * {@code .value}) and actions ({@code actions[0].kind}, {@code .key}, {@code .value}); a row without a subject or a
 * kind is a blank one and left out. Also what the form shows again after a refusal, with empty rows to add more.
 */
record RuleForm(
        String name,
        @Nullable String trigger,
        @Nullable String anchor,
        String hours,
        boolean matchAll,
        boolean active,
        List<Row> conditions,
        List<Row> actions) {

    /** Blank rows the form offers beyond those a rule has. */
    static final int SPARE_ROWS = 3;

    /** One row of the form: a condition (subject, key, operator, value) or an action (kind as subject, key, value). */
    record Row(String subject, String key, String operator, String value) {}

    static RuleForm blank() {
        return new RuleForm("", Trigger.CREATED.name(), null, "", true, true, List.of(), List.of()).withSpareRows();
    }

    static RuleForm of(AutomationRuleView saved) {
        RuleDraft rule = saved.rule();
        return new RuleForm(
                        rule.name(),
                        rule.trigger() == null ? null : rule.trigger().name(),
                        rule.anchor() == null ? null : rule.anchor().name(),
                        rule.hours() == null ? "" : String.valueOf(rule.hours()),
                        rule.matchAll(),
                        rule.active(),
                        rule.conditions().stream()
                                .map(c -> new Row(
                                        c.subject().name(),
                                        orEmpty(c.key()),
                                        c.operator().name(),
                                        c.value()))
                                .toList(),
                        rule.actions().stream()
                                .map(a -> new Row(a.kind().name(), orEmpty(a.key()), "", a.value()))
                                .toList())
                .withSpareRows();
    }

    static RuleForm posted(MultiValueMap<String, String> form) {
        return new RuleForm(
                first(form, "name"),
                blankToNull(first(form, "trigger")),
                blankToNull(first(form, "anchor")),
                first(form, "hours"),
                !"any".equals(first(form, "match")),
                "true".equals(first(form, "active")),
                rows(form, "conditions", true),
                rows(form, "actions", false));
    }

    /** The rule as written; values the form's choices cannot hold are left for the check to name. */
    RuleDraft draft() {
        List<Condition> conditionList = new ArrayList<>();
        for (Row row : conditions) {
            if (!row.subject().isBlank()) {
                conditionList.add(new Condition(
                        constant(Subject.class, row.subject()),
                        row.key().isBlank() ? null : row.key(),
                        constant(Operator.class, row.operator()),
                        row.value()));
            }
        }
        List<Action> actionList = new ArrayList<>();
        for (Row row : actions) {
            if (!row.subject().isBlank()) {
                actionList.add(new Action(
                        constant(ActionKind.class, row.subject()),
                        row.key().isBlank() ? null : row.key(),
                        row.value()));
            }
        }
        Integer hoursValue = hours.strip().matches("-?\\d{1,6}") ? Integer.valueOf(hours.strip()) : null;
        if (hoursValue == null && !hours.isBlank()) {
            hoursValue = -1; // not a number: refused as out of range, with the form's message
        }
        return new RuleDraft(
                name,
                trigger == null ? null : constant(Trigger.class, trigger),
                anchor == null ? null : constant(TimeAnchor.class, anchor),
                hoursValue,
                matchAll,
                conditionList,
                actionList,
                active);
    }

    /** The same form with its rows padded with blank ones. */
    RuleForm withSpareRows() {
        return new RuleForm(name, trigger, anchor, hours, matchAll, active, padded(conditions), padded(actions));
    }

    private static List<Row> padded(List<Row> rows) {
        List<Row> all = new ArrayList<>(
                rows.stream().filter(r -> !r.subject().isBlank()).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            all.add(new Row("", "", "", ""));
        }
        return all;
    }

    private static List<Row> rows(MultiValueMap<String, String> form, String prefix, boolean withOperator) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String at = prefix + "[" + i + "].";
            String subject = first(form, at + (withOperator ? "subject" : "kind"));
            if (!form.containsKey(at + (withOperator ? "subject" : "kind"))) {
                break;
            }
            rows.add(new Row(
                    subject,
                    first(form, at + "key"),
                    withOperator ? first(form, at + "operator") : "",
                    first(form, at + "value")));
        }
        return rows;
    }

    private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
