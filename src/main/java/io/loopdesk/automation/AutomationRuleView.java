package io.loopdesk.automation;

import java.time.Instant;

/** A saved rule: its place in the tenant's order (runs from the lowest) and what it says. */
public record AutomationRuleView(long id, int position, RuleDraft rule, Instant createdAt) {

    public String name() {
        return rule.name();
    }

    public boolean active() {
        return rule.active();
    }
}
