package io.loopdesk.quality;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException.Kind;
import io.loopdesk.shared.FieldProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each tenant's {@link QaSettings} ({@code qa_settings}), the defaults until a tenant admin saves its own. */
@Service
public class QaRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    QaRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public QaSettings of(long tenantId) {
        return jdbc.sql("select sample_percent, every_complaint, every_low_rating, every_reopened,"
                        + " every_refused_reply, appeal_days from qa_settings where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> new QaSettings(
                        rs.getInt(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getBoolean(4),
                        rs.getBoolean(5),
                        rs.getInt(6)))
                .optional()
                .orElse(QaSettings.DEFAULTS);
    }

    /**
     * Saves the tenant's rules; for its tenant admins.
     *
     * @throws QaRefusedException naming the fields out of range, or when the actor may not
     */
    @Transactional
    public QaSettings save(QaSettings settings, Actor actor) {
        if (!actor.hasAny(Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR))) {
            throw new QaRefusedException(
                    Kind.FORBIDDEN, "error.qa.settings.forbidden", "Only tenant admins change quality rules.");
        }
        List<FieldProblem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new QaRefusedException(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update qa_settings set sample_percent = ?, every_complaint = ?, every_low_rating = ?,"
                        + " every_reopened = ?, every_refused_reply = ?, appeal_days = ?, updated_by = ?, updated_at = ?"
                        + " where tenant_id = ?")
                .params(
                        settings.samplePercent(),
                        settings.everyComplaint(),
                        settings.everyLowRating(),
                        settings.everyReopened(),
                        settings.everyRefusedReply(),
                        settings.appealDays(),
                        actor.username(),
                        now,
                        actor.tenantId())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into qa_settings (tenant_id, sample_percent, every_complaint, every_low_rating,"
                            + " every_reopened, every_refused_reply, appeal_days, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            actor.tenantId(),
                            settings.samplePercent(),
                            settings.everyComplaint(),
                            settings.everyLowRating(),
                            settings.everyReopened(),
                            settings.everyRefusedReply(),
                            settings.appealDays(),
                            actor.username(),
                            now)
                    .update();
        }
        return settings;
    }
}
