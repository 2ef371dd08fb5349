package io.loopdesk.sla.policy;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TimeBasis;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A tenant's saved {@link SlaSettings}, one row per tenant; durations in seconds. */
@Entity
@Table(name = "sla_settings")
class SavedSettings {

    @Id
    private Long tenantKey;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    private PolicyName policy;

    private long firstResponse;
    private long technicalFirstResponse;
    private long contentResolution;
    private @Nullable Long nextResponse;
    private long marketplaceFirstResponse;
    private long marketplaceExpectedResolution;
    private long marketplaceNextResponse;
    private boolean criticalSameBusinessDay;
    private long normalResolution;
    private long urgentResolution;
    private long criticalResolution;
    private long resultNotice;

    @Enumerated(EnumType.STRING)
    private TimeBasis firstResponseBasis;

    @Enumerated(EnumType.STRING)
    private TimeBasis expectedResolutionBasis;

    @Enumerated(EnumType.STRING)
    private TimeBasis nextResponseBasis;

    @Enumerated(EnumType.STRING)
    private TimeBasis resolutionBasis;

    @Enumerated(EnumType.STRING)
    private TimeBasis resultNoticeBasis;

    private boolean pauseWhileWaiting;
    private int warnAtPercent;
    private int remindAfter;
    private int awaitConfirmationAfter;
    private int closeAfter;
    private int burstMessages;
    private long burstWindow;
    private int repeatedTickets;
    private long repeatWindow;

    @Version
    private int version;

    protected SavedSettings() {}

    SavedSettings(long tenantId) {
        this.tenantKey = tenantId;
        this.tenantId = tenantId;
    }

    void change(SlaSettings s) {
        policy = s.policy();
        firstResponse = s.standard().firstResponse().toSeconds();
        technicalFirstResponse = s.standard().technicalFirstResponse().toSeconds();
        contentResolution = s.standard().contentResolution().toSeconds();
        nextResponse = s.standard().nextResponse() == null
                ? null
                : s.standard().nextResponse().toSeconds();
        marketplaceFirstResponse = s.marketplace().firstResponse().toSeconds();
        marketplaceExpectedResolution = s.marketplace().expectedResolution().toSeconds();
        marketplaceNextResponse = s.marketplace().nextResponse().toSeconds();
        criticalSameBusinessDay = s.marketplace().criticalSameBusinessDay();
        normalResolution = s.resolution().normal().toSeconds();
        urgentResolution = s.resolution().urgent().toSeconds();
        criticalResolution = s.resolution().critical().toSeconds();
        resultNotice = s.resolution().resultNotice().toSeconds();
        firstResponseBasis = s.bases().get(SlaTarget.FIRST_RESPONSE);
        expectedResolutionBasis = s.bases().get(SlaTarget.EXPECTED_RESOLUTION);
        nextResponseBasis = s.bases().get(SlaTarget.NEXT_RESPONSE);
        resolutionBasis = s.bases().get(SlaTarget.RESOLUTION);
        resultNoticeBasis = s.bases().get(SlaTarget.RESULT_NOTICE);
        pauseWhileWaiting = s.clocks().pauseWhileWaiting();
        warnAtPercent = s.clocks().warnAtPercent();
        remindAfter = s.autoClose().remindAfter();
        awaitConfirmationAfter = s.autoClose().awaitConfirmationAfter();
        closeAfter = s.autoClose().closeAfter();
        burstMessages = s.complaints().burstMessages();
        burstWindow = s.complaints().burstWindow().toSeconds();
        repeatedTickets = s.complaints().repeatedTickets();
        repeatWindow = s.complaints().repeatWindow().toSeconds();
    }

    SlaSettings settings() {
        Map<SlaTarget, TimeBasis> bases = new EnumMap<>(SlaTarget.class);
        bases.put(SlaTarget.FIRST_RESPONSE, firstResponseBasis);
        bases.put(SlaTarget.EXPECTED_RESOLUTION, expectedResolutionBasis);
        bases.put(SlaTarget.NEXT_RESPONSE, nextResponseBasis);
        bases.put(SlaTarget.RESOLUTION, resolutionBasis);
        bases.put(SlaTarget.RESULT_NOTICE, resultNoticeBasis);
        return new SlaSettings(
                policy,
                new SlaSettings.StandardTerms(
                        seconds(firstResponse),
                        seconds(technicalFirstResponse),
                        seconds(contentResolution),
                        nextResponse == null ? null : seconds(nextResponse)),
                new SlaSettings.MarketplaceTerms(
                        seconds(marketplaceFirstResponse),
                        seconds(marketplaceExpectedResolution),
                        seconds(marketplaceNextResponse),
                        criticalSameBusinessDay),
                new SlaSettings.ResolutionTerms(
                        seconds(normalResolution),
                        seconds(urgentResolution),
                        seconds(criticalResolution),
                        seconds(resultNotice)),
                bases,
                new SlaSettings.ClockRules(pauseWhileWaiting, warnAtPercent),
                new SlaSettings.AutoCloseTerms(remindAfter, awaitConfirmationAfter, closeAfter),
                new SlaSettings.ComplaintTerms(
                        burstMessages, seconds(burstWindow), repeatedTickets, seconds(repeatWindow)));
    }

    private static Duration seconds(long value) {
        return Duration.ofSeconds(value);
    }
}
