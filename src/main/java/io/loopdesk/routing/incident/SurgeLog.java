package io.loopdesk.routing.incident;

import io.loopdesk.routing.Categories;
import io.loopdesk.routing.Surge;
import io.loopdesk.routing.SurgeKind;
import io.loopdesk.routing.Surges;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads the surges the radar recorded ({@link SurgeRecord}) and says what they were. */
@Service
public class SurgeLog implements Surges {

    private final SurgeRecordRepository surges;
    private final Categories categories;
    private final TransactionTemplate reading;

    SurgeLog(SurgeRecordRepository surges, Categories categories, PlatformTransactionManager transactionManager) {
        this.surges = surges;
        this.categories = categories;
        this.reading = new TransactionTemplate(transactionManager);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<Surge> recent(long tenantId, Instant since) {
        return TenantScope.inTenant(
                tenantId,
                () -> reading.execute(status ->
                        surges
                                .findByDetectedAtGreaterThanEqualOrderByDetectedAtDescIdDesc(since, Limit.of(LIMIT))
                                .stream()
                                .map(SurgeRecord::view)
                                .toList()));
    }

    /** The surges that proposed or joined the incident, oldest first; the incident is the tenant's. */
    public List<Surge> ofIncident(long tenantId, long incidentId) {
        return TenantScope.inTenant(
                tenantId,
                () -> reading.execute(status -> surges.findByIncidentIdOrderByDetectedAt(incidentId).stream()
                        .map(SurgeRecord::view)
                        .toList()));
    }

    @Override
    public Phrase reason(long tenantId, Surge surge) {
        return reason(
                label(tenantId, surge.kind(), surge.key()),
                surge.windowMinutes(),
                surge.countInWindow(),
                surge.baseline());
    }

    /** "类别「网络」" or "Category “Network”", with the names the category has now; a product by its name. */
    Phrase label(long tenantId, SurgeKind kind, String key) {
        return switch (kind) {
            case CATEGORY ->
                Phrase.of(
                        "routing.surge.category",
                        categories
                                .find(tenantId, key)
                                .map(c -> Phrase.of("text.bilingual", c.nameZh(), c.nameEn()))
                                .orElseGet(() -> Phrase.verbatim(key)));
            case PRODUCT -> Phrase.of("routing.surge.product", key);
        };
    }

    static Phrase reason(Phrase label, int windowMinutes, long count, double baseline) {
        // "about 4.7": one decimal is enough for an average, and says "not quite 5"
        return Phrase.of("routing.surge.reason", label, windowMinutes, count, Math.round(baseline * 10) / 10.0);
    }
}
