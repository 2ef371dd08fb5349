package io.loopdesk.survey.link;

import io.loopdesk.shared.AccessKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
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

    /** A token and the link it opens, as issued; the token itself is not kept. */
    public record Issued(String token, SurveyLink link) {}

    /** A new round: the first link to the survey of the ticket's current solution. */
    public Issued issue(long tenantId, String ticketNumber) {
        return insert(tenantId, ticketNumber, null, 0);
    }

    /** A further link of the same round, for a reminder: answering through either answers both. */
    public Issued remind(SurveyLink earlier) {
        return insert(earlier.tenantId(), earlier.ticketNumber(), earlier.roundId(), earlier.reminders() + 1);
    }

    private Issued insert(long tenantId, String ticketNumber, @Nullable Long roundId, int reminders) {
        AccessKey token = AccessKey.generate(PREFIX);
        Instant now = clock.instant();
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into survey_link (round_id, tenant_id, ticket_number, token_hash, created_at, expires_at,"
                        + " reminders) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        roundId,
                        tenantId,
                        ticketNumber,
                        token.hash(),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(lifetime)),
                        reminders)
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        if (roundId == null) {
            jdbc.sql("update survey_link set round_id = id where id = ?")
                    .param(id)
                    .update();
        }
        return new Issued(
                token.secret(),
                new SurveyLink(
                        id,
                        roundId == null ? id : roundId,
                        tenantId,
                        ticketNumber,
                        now,
                        now.plus(lifetime),
                        null,
                        null,
                        reminders));
    }

    /** A link by its id, if it exists. */
    public Optional<SurveyLink> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from survey_link where id = ?")
                .param(id)
                .query(SurveyLinks::link)
                .optional();
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
     * Records the answer for every link of the round unless it was answered already, in the caller's transaction; the
     * rows stay locked until it ends, so of two answers at the same moment one waits and then finds them answered.
     *
     * @return whether this answer is the link's answer
     */
    boolean claim(SurveyLink link, SurveyAnswer.Kind answer) {
        return jdbc.sql("update survey_link set answered_at = ?, answer = ? where round_id = ? and answered_at is null")
                        .params(Timestamp.from(clock.instant()), answer.name(), link.roundId())
                        .update()
                > 0;
    }

    private static final String COLUMNS =
            "id, round_id, tenant_id, ticket_number, created_at, expires_at, answered_at, answer, reminders";

    private static SurveyLink link(ResultSet rs, int row) throws SQLException {
        String answer = rs.getString(8);
        long id = rs.getLong(1);
        long round = rs.getLong(2);
        return new SurveyLink(
                id,
                rs.wasNull() ? id : round,
                rs.getLong(3),
                rs.getString(4),
                rs.getTimestamp(5).toInstant(),
                rs.getTimestamp(6).toInstant(),
                instant(rs.getTimestamp(7)),
                answer == null ? null : SurveyAnswer.Kind.valueOf(answer),
                rs.getInt(9));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
