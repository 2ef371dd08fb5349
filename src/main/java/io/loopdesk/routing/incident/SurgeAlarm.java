package io.loopdesk.routing.incident;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.SurgeDetected;
import io.loopdesk.routing.SurgeKind;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.TicketQueries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A surge found: recorded once while it lasts, with its tickets linked to a proposed incident (or the proposal still
 * open for the same category or product), the tenant's supervisors told in the app and by e-mail, and
 * {@link SurgeDetected} published, all in one transaction. A surge that goes on is marked as seen again and its
 * new tickets join the proposal, with no second alarm. Raising is rare (a key is checked at most about once a minute
 * per node), so it may wait for a lock: surges of one category tree or product are raised one at a time.
 */
@Component
class SurgeAlarm {

    private static final Logger log = LoggerFactory.getLogger(SurgeAlarm.class);

    /** The surge's tickets linked to its incident, newest first: enough to see what it is about (as the radar). */
    static final int LINKED = 200;

    /** The count a new surge reports is read once, up to this many. */
    private static final long COUNT_CAP = 1_000_000L;

    private final SurgeRecordRepository surges;
    private final IncidentRepository incidentRows;
    private final Incidents incidents;
    private final SurgeLog surgeLog;
    private final TicketQueries tickets;
    private final UserAccounts users;
    private final Notifications notifications;
    private final Tenants tenants;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;

    SurgeAlarm(
            SurgeRecordRepository surges,
            IncidentRepository incidentRows,
            Incidents incidents,
            SurgeLog surgeLog,
            TicketQueries tickets,
            UserAccounts users,
            Notifications notifications,
            Tenants tenants,
            MessageSource messages,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            JdbcClient jdbc) {
        this.surges = surges;
        this.incidentRows = incidentRows;
        this.incidents = incidents;
        this.surgeLog = surgeLog;
        this.tickets = tickets;
        this.users = users;
        this.notifications = notifications;
        this.tenants = tenants;
        this.messages = messages;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
    }

    /**
     * The volume {@code reading} judged is a surge at {@code now}.
     *
     * @param subcategory for a top level, the subcategory of the ticket that showed it: if that alone is a surge,
     *     the surge is the subcategory's
     */
    void raise(SurgeWatch.Reading reading, SurgeWatch.@Nullable Reading subcategory, Instant now) {
        SurgeWatch.Key key = reading.key();
        try {
            TenantScope.inTenant(
                    key.tenantId(),
                    () -> transactions.executeWithoutResult(status -> raiseIn(reading, subcategory, now)));
        } catch (DataIntegrityViolationException recordedElsewhere) {
            // the unique key on the ongoing surge: another node recorded it a moment ago, and told the supervisors
            log.debug("Surge of {} {} recorded by another node", key.kind(), key.code(), recordedElsewhere);
        }
    }

    private void raiseIn(SurgeWatch.Reading reading, SurgeWatch.@Nullable Reading subcategory, Instant now) {
        lockFamily(reading.key());
        Instant from = now.minus(Duration.ofMinutes(reading.key().windowMinutes()));
        if (subcategory != null
                && tickets.registeredCount(
                                subcategory.key().tenantId(),
                                subcategory.key().group(),
                                from,
                                now.plusNanos(1_000),
                                subcategory.threshold())
                        >= subcategory.threshold()) {
            // all raising of the tree waits for this lock, so a subcategory is raised before its top level
            raiseSurgeOf(subcategory.key(), subcategory.baseline(), from, now);
        } else {
            raiseSurgeOf(reading.key(), reading.baseline(), from, now);
        }
    }

    private void raiseSurgeOf(SurgeWatch.Key key, double baseline, Instant from, Instant now) {
        Optional<SurgeRecord> ongoing = surges.findByKindAndKeyAndOngoingTrue(key.kind(), key.code());
        if (ongoing.isPresent() && ongoing.get().lastsAt(now)) {
            // it goes on: no second alarm, but the tickets since it was last seen join its proposal
            SurgeRecord surge = ongoing.get();
            List<String> since = tickets.registeredNumbers(
                    key.tenantId(), key.group(), surge.view().lastSeenAt(), LINKED);
            incidentRows.findById(surge.view().incidentId()).ifPresent(incident -> incidents.join(incident, since));
            surge.seen(now);
            return;
        }
        // over: ended before the new one takes the key (the update must reach the database before the insert)
        ongoing.ifPresent(over -> {
            over.end();
            surges.saveAndFlush(over);
        });
        if (key.kind() == SurgeKind.CATEGORY
                && key.code().indexOf('.') < 0
                && surges.existsByKindAndKeyStartingWithAndOngoingTrueAndLastSeenAtGreaterThanEqual(
                        SurgeKind.CATEGORY, key.code() + ".", from)) {
            return; // a subcategory's surge, raised already, is what lifts its top level
        }
        long count = tickets.registeredCount(key.tenantId(), key.group(), from, now.plusNanos(1_000), COUNT_CAP);
        List<String> numbers = tickets.registeredNumbers(key.tenantId(), key.group(), from, LINKED);
        Phrase label = surgeLog.label(key.tenantId(), key.kind(), key.code());
        Phrase reason = SurgeLog.reason(label, key.windowMinutes(), count, baseline);
        TenantInfo tenant = tenants.byId(key.tenantId()).orElseThrow();
        Incident incident = joinable(key)
                .orElseGet(() -> incidents.proposal(
                        key.tenantId(),
                        Phrase.of("routing.surge.title", label).render(messages, tenant.defaultLocale()),
                        reason.render(messages, tenant.defaultLocale()),
                        key.kind() == SurgeKind.CATEGORY ? key.code() : null));
        SurgeRecord surge = surges.saveAndFlush(new SurgeRecord(
                key.tenantId(), key.kind(), key.code(), key.windowMinutes(), count, baseline, incident.id(), now));
        incidents.join(incident, numbers);
        notifications.sendToStaff(
                key.tenantId(),
                users.withAnyRole(key.tenantId(), Set.of(Role.SUPERVISOR)),
                Phrase.of("routing.surge.title", label),
                Phrase.of("routing.surge.notice.body", reason, incident.view().title()),
                null,
                null);
        events.publishEvent(new SurgeDetected(key.tenantId(), surge.view()));
    }

    /**
     * Waits for any other transaction raising a surge of the same category tree or product, on any node, and makes
     * the next ones wait for this one; what it recorded is seen from here on.
     */
    private void lockFamily(SurgeWatch.Key key) {
        int dot = key.code().indexOf('.');
        String family = key.kind() == SurgeKind.CATEGORY && dot > 0 ? key.code().substring(0, dot) : key.code();
        jdbc.sql("insert into routing_surge_lock (tenant_id, key_kind, family) values (?, ?, ?) on conflict do nothing")
                .params(key.tenantId(), key.kind().name(), family)
                .update();
        jdbc.sql("select family from routing_surge_lock where tenant_id = ? and key_kind = ? and family = ? for update")
                .params(key.tenantId(), key.kind().name(), family)
                .query(String.class)
                .single();
    }

    /**
     * The incident a surge joins: the one still active in the category, or for a product the one an earlier surge of
     * it went to, if still active.
     */
    private Optional<Incident> joinable(SurgeWatch.Key key) {
        return switch (key.kind()) {
            case CATEGORY -> incidents.activeIn(key.tenantId(), key.code());
            case PRODUCT ->
                surges.findByKindAndKeyOrderByDetectedAtDesc(SurgeKind.PRODUCT, key.code(), Limit.of(1)).stream()
                        .findFirst()
                        .flatMap(earlier -> incidentRows.findById(earlier.view().incidentId()))
                        .filter(i -> i.status().isActive());
        };
    }
}
