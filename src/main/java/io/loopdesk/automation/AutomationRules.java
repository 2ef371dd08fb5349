package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A tenant's automations as its admins keep them: written, changed, switched off, put in order, removed; every
 * change audited. The rules in force are kept in memory on every node (each ticket change asks for them) and
 * forgotten everywhere the moment one changes.
 */
@Service
public class AutomationRules {

    /** The most rules one tenant keeps: every ticket change is checked against all of its triggers. */
    static final int PER_TENANT = 200;

    private final AutomationRuleRepository rules;
    private final RuleCheck check;
    private final Firings firings;
    private final Remembered<Long, List<AutomationRuleView>> inForce;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;
    private final Clock clock;

    AutomationRules(
            AutomationRuleRepository rules,
            RuleCheck check,
            Firings firings,
            ClusterSignals signals,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rules = rules;
        this.check = check;
        this.firings = firings;
        this.inForce = Remembered.perTenant("automation-rules", Duration.ofMinutes(10), signals);
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.clock = clock;
    }

    /** The tenant's rules in the order they run. */
    public List<AutomationRuleView> list(Actor actor) {
        checkAdmin(actor);
        return inScope(
                actor,
                () -> rules.findAllByOrderByPositionAscIdAsc().stream()
                        .map(AutomationRule::view)
                        .toList());
    }

    public AutomationRuleView get(long id, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> existing(id).view());
    }

    /** Adds a rule at the end of the order. */
    public AutomationRuleView create(RuleDraft draft, Actor actor) {
        checkAdmin(actor);
        RuleDraft checked = check.checked(draft, actor);
        return inScope(actor, () -> {
            if (rules.count() >= PER_TENANT) {
                throw new AutomationRefusedException(List.of(new FieldProblem(
                        "name",
                        "automation.tooMany",
                        "A tenant keeps at most " + PER_TENANT + " automations.",
                        List.of(PER_TENANT))));
            }
            nameFree(checked.name(), null);
            int last = rules.findAllByOrderByPositionAscIdAsc().stream()
                    .mapToInt(AutomationRule::position)
                    .max()
                    .orElse(0);
            AutomationRule rule = new AutomationRule(actor.tenantId(), last + 1, clock.instant());
            rule.write(checked);
            AutomationRuleView saved = rules.save(rule).view();
            changed(actor, "automation.created", saved);
            return saved;
        });
    }

    public AutomationRuleView update(long id, RuleDraft draft, Actor actor) {
        checkAdmin(actor);
        RuleDraft checked = check.checked(draft, actor);
        return inScope(actor, () -> {
            AutomationRule rule = existing(id);
            nameFree(checked.name(), id);
            rule.write(checked);
            AutomationRuleView saved = rules.saveAndFlush(rule).view();
            changed(actor, "automation.changed", saved);
            return saved;
        });
    }

    /** Moves a rule one place earlier ({@code up}) or later in the order. */
    public List<AutomationRuleView> move(long id, boolean up, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            List<AutomationRule> ordered = new ArrayList<>(rules.findAllByOrderByPositionAscIdAsc());
            int at = -1;
            for (int i = 0; i < ordered.size(); i++) {
                if (ordered.get(i).id() == id) {
                    at = i;
                }
            }
            if (at < 0) {
                throw AutomationRefusedException.unknown(id);
            }
            int other = up ? at - 1 : at + 1;
            if (other >= 0 && other < ordered.size()) {
                ordered.add(other, ordered.remove(at));
            }
            for (int i = 0; i < ordered.size(); i++) {
                ordered.get(i).moveTo(i + 1);
            }
            AutomationRule moved = existing(id);
            changed(actor, "automation.moved", moved.view());
            return ordered.stream().map(AutomationRule::view).toList();
        });
    }

    /** Removes a rule with the record of its firings; the history lines it wrote on tickets stay. */
    public void delete(long id, Actor actor) {
        checkAdmin(actor);
        inScope(actor, () -> {
            AutomationRule rule = existing(id);
            rules.delete(rule);
            changed(actor, "automation.deleted", rule.view());
            return null;
        });
    }

    /** The tenant's latest firings, newest first: of rule {@code ruleId}, or of all rules when it is {@code null}. */
    public List<FiringView> firings(@org.jspecify.annotations.Nullable Long ruleId, int limit, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> {
            if (ruleId != null) {
                existing(ruleId);
            }
            return firings.latest(actor.tenantId(), ruleId, limit);
        });
    }

    /** Per rule, how often it fired (and failed, and was stopped) since {@code since}. */
    public java.util.Map<Long, java.util.Map<FiringOutcome, Long>> firingCounts(java.time.Instant since, Actor actor) {
        checkAdmin(actor);
        return inScope(actor, () -> firings.counts(actor.tenantId(), since));
    }

    /**
     * The tenant's rules in force for {@code trigger}, in order, as the tenant's scope sees them; read from memory
     * but for the first time after a change.
     */
    List<AutomationRuleView> inForce(long tenantId, Trigger trigger) {
        // read in a session of its own and by the tenant's id: the first to ask may be a change made in any scope,
        // deciding whether to record its event for the rules
        return inForce
                .get(
                        tenantId,
                        id -> TenantScope.inTenant(
                                id,
                                () -> reading.execute(
                                        status -> rules.findAllByTenantIdOrderByPositionAscIdAsc(id).stream()
                                                .map(AutomationRule::view)
                                                .filter(AutomationRuleView::active)
                                                .toList())))
                .stream()
                .filter(r -> r.rule().trigger() == trigger)
                .toList();
    }

    private void changed(Actor actor, String action, AutomationRuleView rule) {
        events.publishEvent(new Audited(actor.tenantId(), action, rule.name(), null, rule));
        inForce.forget(actor.tenantId());
    }

    private void nameFree(String name, @org.jspecify.annotations.Nullable Long self) {
        rules.findByName(name).filter(r -> self == null || r.id() != self).ifPresent(r -> {
            throw new AutomationRefusedException(
                    List.of(new FieldProblem("name", "automation.name.taken", "Another automation has this name.")));
        });
    }

    private AutomationRule existing(long id) {
        return rules.findById(id).orElseThrow(() -> AutomationRefusedException.unknown(id));
    }

    static void checkAdmin(Actor actor) {
        if (!actor.has(Role.TENANT_ADMIN) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw AutomationRefusedException.forbidden();
        }
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }
}
