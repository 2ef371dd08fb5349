package io.loopdesk.routing.incident;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.loopdesk.routing.CategoryView;
import io.loopdesk.routing.SurgeKind;
import io.loopdesk.routing.SurgeRule;
import io.loopdesk.shared.jdbc.ConcurrentChangeRetry;
import io.loopdesk.ticket.TicketGroup;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketOpened;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The surge half of the incident radar: each new ticket counts towards its category (the subcategory and its top
 * level) and its product; when one of them runs at least the rule's minimum and factor above its own baseline, the
 * {@link SurgeAlarm} records the surge and proposes an incident.
 *
 * <p>Cheap at a storm of a thousand tickets a second: no count per ticket. Each node keeps a {@link VolumeGauge} per
 * tenant, key and window that asks the database at most once a minute (sooner only near the threshold), and the count
 * stops at the threshold (the question is "at least that many?"). A node sees only its own tickets between counts,
 * but every count is the database's, so several nodes agree; which of them records a surge the database decides.
 */
@Component
class SurgeWatch {

    /** The seven days a baseline averages over. */
    static final Duration BASELINE = Duration.ofDays(7);

    /** Far more than any baseline of a week needs; a bound on what one count may read. */
    private static final long BASELINE_CAP = 100_000_000L;

    private final TicketQueries tickets;
    private final SurgeAlarm alarm;
    private final Clock clock;

    /** Only a bound on memory: a key idle that long starts afresh with a count. */
    private final Cache<Key, VolumeGauge> gauges = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofHours(2))
            .build();

    SurgeWatch(TicketQueries tickets, SurgeAlarm alarm, Clock clock) {
        this.tickets = tickets;
        this.alarm = alarm;
        this.clock = clock;
    }

    /** A category or product of a tenant, watched over windows of one length. */
    record Key(long tenantId, SurgeKind kind, String code, int windowMinutes) {

        TicketGroup group() {
            return switch (kind) {
                case CATEGORY -> new TicketGroup.Category(code);
                case PRODUCT -> new TicketGroup.Product(code);
            };
        }
    }

    /**
     * A key's volume as last judged: over {@code baseline}, {@code threshold} tickets in the window are a surge.
     */
    record Reading(Key key, double baseline, long threshold) {}

    /** A new ticket arrived: its category's and product's volumes are checked when they are due. */
    void noticeNewTicket(TicketOpened opened, @Nullable String category, SurgeRule rule) {
        count(keys(opened, category, rule), category, rule);
    }

    /** A ticket left review for {@code category}: it counts towards that category now, not its product again. */
    void noticePlaced(long tenantId, String category, SurgeRule rule) {
        count(categoryKeys(tenantId, category, rule), category, rule);
    }

    /** One arrival on each key, in order (a subcategory before its top level), each checked when due. */
    private void count(List<Key> keys, @Nullable String category, SurgeRule rule) {
        Instant now = clock.instant();
        Reading subcategory = null;
        for (Key key : keys) {
            VolumeGauge gauge = gauges.get(key, k -> new VolumeGauge());
            boolean topLevel = key.kind() == SurgeKind.CATEGORY && !key.code().equals(category);
            if (gauge.arrived(now, rule)) {
                check(key, gauge, rule, now, topLevel ? subcategory : null);
            }
            if (key.kind() == SurgeKind.CATEGORY && key.code().indexOf('.') > 0) {
                double baseline = gauge.knownBaseline();
                subcategory = new Reading(key, baseline, rule.threshold(baseline));
            }
        }
    }

    /**
     * The keys a ticket counts towards: its subcategory first, so that a top level whose surge lies in one
     * subcategory is not raised a second time ({@link SurgeAlarm}); then its top level and its product.
     */
    static List<Key> keys(TicketOpened opened, @Nullable String category, SurgeRule rule) {
        List<Key> keys =
                new ArrayList<>(category == null ? List.of() : categoryKeys(opened.tenantId(), category, rule));
        if (opened.product() != null && !opened.product().isBlank()) {
            keys.add(new Key(opened.tenantId(), SurgeKind.PRODUCT, opened.product(), rule.windowMinutes()));
        }
        return keys;
    }

    /** A category's keys, its own first, then its top level's; none for review (待细化分类). */
    private static List<Key> categoryKeys(long tenantId, String category, SurgeRule rule) {
        if (category.equals(CategoryView.NEEDS_REFINEMENT)) {
            return List.of();
        }
        List<Key> keys = new ArrayList<>();
        keys.add(new Key(tenantId, SurgeKind.CATEGORY, category, rule.windowMinutes()));
        int dot = category.indexOf('.');
        if (dot > 0) {
            keys.add(new Key(tenantId, SurgeKind.CATEGORY, category.substring(0, dot), rule.windowMinutes()));
        }
        return keys;
    }

    /**
     * Counts the key's window and raises its surge if it is one; a top level's surge is raised as its subcategory's
     * when the ticket's subcategory alone makes it ({@code subcategory}, checked again by the alarm).
     */
    private void check(Key key, VolumeGauge gauge, SurgeRule rule, Instant now, @Nullable Reading subcategory) {
        long count;
        double baseline;
        try {
            Duration window = Duration.ofMinutes(key.windowMinutes());
            Instant from = now.minus(window);
            baseline = gauge.baseline(gauge.needsBaseline(now) ? baseline(key, from) : null, now);
            // registration times are kept to the microsecond: the window ends with this very moment
            count = tickets.registeredCount(
                    key.tenantId(), key.group(), from, now.plusNanos(1_000), rule.threshold(baseline));
            gauge.counted(count, now);
        } catch (RuntimeException e) {
            gauge.failed();
            throw e;
        }
        long threshold = rule.threshold(baseline);
        if (count >= threshold) {
            ConcurrentChangeRetry.run(() -> alarm.raise(new Reading(key, baseline, threshold), subcategory, now));
        }
    }

    /** The average count per window over the seven days before the window that starts at {@code from}. */
    private double baseline(Key key, Instant from) {
        long week = tickets.registeredCount(key.tenantId(), key.group(), from.minus(BASELINE), from, BASELINE_CAP);
        return week * (double) key.windowMinutes() / BASELINE.toMinutes();
    }
}
