package io.loopdesk.survey.link;

import io.loopdesk.shared.AccessKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The survey links result notices carry ({@code survey_link}): a random token per link, of which only the SHA-256 is
 * kept, so a leaked database opens no survey. A token opens its one ticket's survey and nothing else.
 */
@Repository
public class SurveyLinks {

    /** What every token starts with, so anything else is refused without a lookup. */
    static final String PREFIX = "lds_";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration lifetime;

    SurveyLinks(JdbcClient jdbc, Clock clock, @Value("${loopdesk.survey.link-lifetime:P30D}") Duration lifetime) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new link to the survey of the ticket's current solution; returns the token, which is not kept. */
    public String issue(long tenantId, String ticketNumber) {
        AccessKey token = AccessKey.generate(PREFIX);
        Instant now = clock.instant();
        jdbc.sql("insert into survey_link (tenant_id, ticket_number, token_hash, created_at, expires_at, reminders)"
                        + " values (?, ?, ?, ?, ?, 0)")
                .params(tenantId, ticketNumber, token.hash(), Timestamp.from(now), Timestamp.from(now.plus(lifetime)))
                .update();
        return token.secret();
    }

    /** The link a token opens, if it is one. */
    public Optional<SurveyLink> find(String token) {
        if (!AccessKey.plausible(PREFIX, token)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from survey_link where token_hash = ?")
                .param(AccessKey.hashOf(token))
                .query(SurveyLinks::link)
                .optional();
    }

    /** The newest link of a ticket, if it has one. */
    public Optional<SurveyLink> latest(long tenantId, String ticketNumber) {
        return jdbc.sql("select " + COLUMNS + " from survey_link where tenant_id = ? and ticket_number = ?"
                        + " order by created_at desc, id desc fetch first 1 rows only")
                .params(tenantId, ticketNumber)
                .query(SurveyLinks::link)
                .optional();
    }

    /**
     * Records the answer unless the link was answered already, in the caller's transaction; the row stays locked
     * until it ends, so of two answers at the same moment one waits and then finds the link answered.
     *
     * @return whether this answer is the link's answer
     */
    boolean claim(long linkId, SurveyAnswer.Kind answer) {
        return jdbc.sql("update survey_link set answered_at = ?, answer = ? where id = ? and answered_at is null")
                        .params(Timestamp.from(clock.instant()), answer.name(), linkId)
                        .update()
                == 1;
    }

    private static final String COLUMNS =
            "id, tenant_id, ticket_number, created_at, expires_at, answered_at, answer, reminders";

    private static SurveyLink link(ResultSet rs, int row) throws SQLException {
        String answer = rs.getString(7);
        return new SurveyLink(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5).toInstant(),
                instant(rs.getTimestamp(6)),
                answer == null ? null : SurveyAnswer.Kind.valueOf(answer),
                rs.getInt(8));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
