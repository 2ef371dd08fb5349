package io.loopdesk.routing;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.settings.RoutingSettings;
import io.loopdesk.routing.settings.RoutingSettingsRepository;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.Remembered;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Each tenant's routing rules: read by the routing machinery, changed by the tenant's admins. */
@Service
public class RoutingPolicies {

    private final Remembered<Long, RoutingRules> remembered;
    private final ApplicationEventPublisher events;
    private final RoutingSettingsRepository settings;
    private final TransactionTemplate transactions;

    RoutingPolicies(
            ClusterSignals signals,
            ApplicationEventPublisher events,
            RoutingSettingsRepository settings,
            PlatformTransactionManager transactionManager) {
        this.remembered = Remembered.perTenant("routing-rules", Duration.ofMinutes(10), signals);
        this.events = events;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The tenant's rules; every new ticket and assignment reads them, so each node remembers them until they change. */
    public RoutingRules rules(long tenantId) {
        return remembered.get(tenantId, this::load);
    }

    private RoutingRules load(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status ->
                        settings.findById(tenantId).map(RoutingSettings::rules).orElse(RoutingRules.DEFAULT)));
    }

    public RoutingRules change(long tenantId, RoutingRules rules, Actor actor) {
        Categories.requireAdmin(tenantId, actor);
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> {
                    RoutingRules before = settings.findById(tenantId)
                            .map(RoutingSettings::rules)
                            .orElse(RoutingRules.DEFAULT);
                    RoutingSettings row =
                            settings.findById(tenantId).orElseGet(() -> new RoutingSettings(tenantId, rules));
                    row.change(rules);
                    RoutingRules after = settings.save(row).rules();
                    events.publishEvent(new Audited(tenantId, "routing.changed", "routing rules", before, after));
                    remembered.forget(tenantId);
                    return after;
                }));
    }
}
