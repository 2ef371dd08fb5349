package io.loopdesk.automation.web;

import io.loopdesk.automation.Action;
import io.loopdesk.automation.Condition;
import io.loopdesk.automation.RuleDraft;
import io.loopdesk.automation.TimeAnchor;
import io.loopdesk.automation.Trigger;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A rule as the API takes it; {@code matchAll} and {@code active} default to {@code true}. */
record RuleRequest(
        @Nullable String name,
        @Nullable Trigger trigger,
        @Nullable TimeAnchor anchor,
        @Nullable Integer hours,
        @Nullable Boolean matchAll,
        @Nullable List<Condition> conditions,
        @Nullable List<Action> actions,
        @Nullable Boolean active) {

    RuleDraft draft() {
        return new RuleDraft(
                name == null ? "" : name,
                trigger,
                anchor,
                hours,
                matchAll == null || matchAll,
                conditions == null ? List.of() : conditions,
                actions == null ? List.of() : actions,
                active == null || active);
    }
}
