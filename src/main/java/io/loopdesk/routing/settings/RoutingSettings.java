package io.loopdesk.routing.settings;

import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.SurgeRule;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A tenant's routing choices; a tenant without a row uses {@link RoutingRules#DEFAULT}. */
@Entity
public class RoutingSettings {

    @Id
    private Long tenantId;

    private double confidenceThreshold;

    private int defaultCap;

    private boolean autoAssign;

    private @Nullable Long seniorTeamId;

    private @Nullable Long expertTeamId;

    private int incidentWindowMin;

    private int incidentThreshold;

    private int surgeWindowMin;

    private double surgeFactor;

    private int surgeMinimum;

    @Version
    private int version;

    protected RoutingSettings() {}

    public RoutingSettings(long tenantId, RoutingRules rules) {
        this.tenantId = tenantId;
        change(rules);
    }

    public void change(RoutingRules rules) {
        this.confidenceThreshold = rules.confidenceThreshold();
        this.defaultCap = rules.defaultCap();
        this.autoAssign = rules.autoAssign();
        this.seniorTeamId = rules.seniorTeamId();
        this.expertTeamId = rules.expertTeamId();
        this.incidentWindowMin = rules.incidentWindowMinutes();
        this.incidentThreshold = rules.incidentThreshold();
        this.surgeWindowMin = rules.surge().windowMinutes();
        this.surgeFactor = rules.surge().factor();
        this.surgeMinimum = rules.surge().minimum();
    }

    public RoutingRules rules() {
        return new RoutingRules(
                confidenceThreshold,
                defaultCap,
                autoAssign,
                seniorTeamId,
                expertTeamId,
                incidentWindowMin,
                incidentThreshold,
                new SurgeRule(surgeWindowMin, surgeFactor, surgeMinimum));
    }
}
