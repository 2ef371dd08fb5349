package io.loopdesk.hosting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a brand answered that no other module keeps, and when its service started. */
@Entity
@Table(name = "hosting_onboarding")
class Onboarding {

    @Id
    private Long tenantId;

    private String appName;

    private String products;

    private Instant answeredAt;

    private String answeredBy;

    private @Nullable Instant serviceStartedAt;

    private @Nullable String serviceStartedBy;

    protected Onboarding() {}

    Onboarding(long tenantId) {
        this.tenantId = tenantId;
    }

    void answer(String appName, String products, String by, Instant at) {
        this.appName = appName;
        this.products = products;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    void start(String by, Instant at) {
        this.serviceStartedBy = by;
        this.serviceStartedAt = at;
    }

    OnboardingState state() {
        return new OnboardingState(appName, products, answeredAt, answeredBy, serviceStartedAt, serviceStartedBy);
    }
}
