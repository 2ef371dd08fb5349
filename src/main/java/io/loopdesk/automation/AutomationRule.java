package io.loopdesk.automation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One automation of a tenant, its conditions and actions kept as JSON. */
@Entity
@Table(name = "automation_rule")
class AutomationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "automation_rule_seq")
    @SequenceGenerator(name = "automation_rule_seq", sequenceName = "automation_rule_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_on")
    private Trigger trigger;

    @Enumerated(EnumType.STRING)
    private @Nullable TimeAnchor anchor;

    private @Nullable Integer hours;

    private boolean matchAll;

    private String conditions;

    private String actions;

    private int position;

    private boolean active;

    private Instant createdAt;

    @Version
    private int version;

    protected AutomationRule() {}

    AutomationRule(long tenantId, int position, Instant createdAt) {
        this.tenantId = tenantId;
        this.position = position;
        this.createdAt = createdAt;
    }

    void write(RuleDraft draft) {
        this.name = draft.name();
        this.trigger = java.util.Objects.requireNonNull(draft.trigger());
        this.anchor = draft.anchor();
        this.hours = draft.hours();
        this.matchAll = draft.matchAll();
        this.conditions = RuleJson.write(draft.conditions());
        this.actions = RuleJson.write(draft.actions());
        this.active = draft.active();
    }

    long id() {
        return id;
    }

    String name() {
        return name;
    }

    int position() {
        return position;
    }

    void moveTo(int position) {
        this.position = position;
    }

    AutomationRuleView view() {
        return new AutomationRuleView(
                id,
                position,
                new RuleDraft(
                        name,
                        trigger,
                        anchor,
                        hours,
                        matchAll,
                        RuleJson.conditions(conditions),
                        RuleJson.actions(actions),
                        active),
                createdAt);
    }
}
