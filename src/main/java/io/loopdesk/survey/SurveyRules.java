package io.loopdesk.survey;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException.Kind;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each tenant's {@link SurveySettings} ({@code survey_settings}), the defaults until a tenant admin saves its own. */
@Service
public class SurveyRules {

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public SurveySettings of(long tenantId) {
        return jdbc.sql("select remind_after_days, reminders, progress_after_hours, ask_nps, return_visit_percent,"
                        + " return_visit_critical from survey_settings where tenant_id = ?")
                .param(tenantId)
                .query((rs, row) -> new SurveySettings(
                        rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getInt(5), rs.getBoolean(6)))
                .optional()
                .orElse(SurveySettings.DEFAULTS);
    }

    /**
     * Saves the tenant's settings; for its tenant admins (and platform operators).
     *
     * @throws RatingRefusedException naming the fields that are out of range, or when the actor may not
     */
    @Transactional
    public SurveySettings save(long tenantId, SurveySettings settings, Actor actor) {
        if (!actor.hasAny(java.util.Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR))
                || (!actor.has(Role.PLATFORM_OPERATOR) && actor.tenantId() != tenantId)) {
            throw new RatingRefusedException(
                    Kind.FORBIDDEN, "error.survey.settings.forbidden", "Only tenant admins change survey settings.");
        }
        List<io.loopdesk.shared.FieldProblem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new RatingRefusedException(problems);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.sql("update survey_settings set remind_after_days = ?, reminders = ?,"
                        + " progress_after_hours = ?, ask_nps = ?, return_visit_percent = ?,"
                        + " return_visit_critical = ?, updated_by = ?, updated_at = ? where tenant_id = ?")
                .params(
                        settings.remindAfterDays(),
                        settings.reminders(),
                        settings.progressAfterHours(),
                        settings.askNps(),
                        settings.returnVisitPercent(),
                        settings.returnVisitCritical(),
                        actor.username(),
                        now,
                        tenantId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into survey_settings (tenant_id, remind_after_days, reminders, progress_after_hours,"
                            + " ask_nps, return_visit_percent, return_visit_critical, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            tenantId,
                            settings.remindAfterDays(),
                            settings.reminders(),
                            settings.progressAfterHours(),
                            settings.askNps(),
                            settings.returnVisitPercent(),
                            settings.returnVisitCritical(),
                            actor.username(),
                            now)
                    .update();
        }
        return settings;
    }
}
