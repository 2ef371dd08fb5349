package io.loopdesk.sla.policy;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.jdbc.ClusterSignals;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.SlaNotFoundException;
import io.loopdesk.sla.SlaValidationException;
import io.loopdesk.tenant.Tenants;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Each tenant's SLA settings: the policy its admin chose (STANDARD or MARKETPLACE) with its numbers, clock rules,
 * the auto-close chain and complaint thresholds. Targets are fixed when a ticket opens (and when its urgency or
 * category changes): a policy change applies to tickets from then on, not to the clocks already running.
 */
@Service
public class SlaPolicies {

    /** Every new ticket and clock update reads them, so each node remembers them this long (changes here: at once). */
    private final Remembered<Long, SlaSettings> remembered;

    private final ApplicationEventPublisher events;
    private final SavedSettingsRepository saved;
    private final DefaultSettings defaults;
    private final Tenants tenants;
    private final SlaAccess access;

    SlaPolicies(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            SavedSettingsRepository saved,
            DefaultSettings defaults,
            Tenants tenants,
            SlaAccess access) {
        this.remembered = Remembered.perTenant("sla-settings", Duration.ofMinutes(10), signals);
        this.events = events;
        this.saved = saved;
        this.defaults = defaults;
        this.tenants = tenants;
        this.access = access;
    }

    /** The settings in effect for the tenant: its saved ones, or the defaults for its plan. */
    public SlaSettings settings(long tenantId) {
        return remembered.get(tenantId, id -> access.inTenant(id, () -> current(id)));
    }

    /** The settings for the tenant's staff to read. */
    public SlaSettings get(long tenantId, Actor actor) {
        return access.reading(tenantId, actor, () -> current(tenantId));
    }

    /** Whether the tenant saved its own settings. */
    public boolean isSaved(long tenantId) {
        return access.inTenant(tenantId, () -> saved.existsById(tenantId));
    }

    /**
     * Saves the tenant's settings.
     *
     * @throws SlaValidationException naming every wrong field; nothing is saved
     */
    public SlaSettings save(long tenantId, SlaSettings settings, Actor actor) {
        var problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new SlaValidationException(problems);
        }
        return access.changing(tenantId, actor, () -> {
            SlaSettings before = current(tenantId);
            SavedSettings row = saved.findById(tenantId).orElseGet(() -> new SavedSettings(tenantId));
            row.change(settings);
            remembered.forget(tenantId);
            SlaSettings after = saved.save(row).settings();
            events.publishEvent(new Audited(tenantId, "sla.settings.changed", "SLA", before, after));
            return after;
        });
    }

    /** Forgets the saved settings: the defaults for the tenant's plan apply again. */
    public SlaSettings reset(long tenantId, Actor actor) {
        return access.changing(tenantId, actor, () -> {
            SlaSettings before = current(tenantId);
            saved.findById(tenantId).ifPresent(saved::delete);
            saved.flush();
            remembered.forget(tenantId);
            SlaSettings after = current(tenantId);
            events.publishEvent(new Audited(tenantId, "sla.settings.changed", "SLA", before, after));
            return after;
        });
    }

    /** The policies to choose from. */
    public List<PolicyName> available() {
        return List.of(PolicyName.values());
    }

    private SlaSettings current(long tenantId) {
        return saved.findById(tenantId)
                .map(SavedSettings::settings)
                .orElseGet(() -> defaults.forPlan(tenants.byId(tenantId)
                        .orElseThrow(() -> new SlaNotFoundException(
                                "error.sla.tenant.unknown", "No tenant " + tenantId + ".", String.valueOf(tenantId)))
                        .plan()));
    }
}
