package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration to one outbox for e-mail keeps every reply of the old reply outbox: a waiting one is waiting in
 * the notification outbox with its delivery timer due when its next attempt was, a sent or failed one keeps its
 * state and gets a line in the delivery log, and each keeps its Message-ID, threading headers and mailbox route,
 * so an answer to it still finds its ticket.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class RepliesMoveToTheNotificationOutboxTest {

    static final Instant WRITTEN = Instant.parse("2026-11-30T02:00:00Z");
    static final Instant NEXT = Instant.parse("2026-11-30T03:00:00Z");

    @Test
    void waitingSentAndFailedRepliesMoveOverWithTheirState() {
        Map<String, Object> settings = TestDatabase.properties("mail_outbox_migration");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                (String) settings.get("spring.datasource.url"),
                (String) settings.get("spring.datasource.username"),
                (String) settings.get("spring.datasource.password"));
        JdbcClient jdbc = JdbcClient.create(dataSource);
        flyway(dataSource, lastBefore(dataSource, "8.31")).migrate();
        jdbc.sql("insert into tenant (id, code, name, plan, time_zone, default_locale, created_at)"
                        + " values (7, 'migrated', 'Migrated', 'ENTERPRISE', 'Asia/Shanghai', 'zh_CN', ?)")
                .param(Timestamp.from(WRITTEN))
                .update();
        jdbc.sql("insert into mailbox (id, tenant_id, name, address, protocol, host, port, username, secret, folder,"
                        + " smtp_host, smtp_port, smtp_security, enabled, status, version)"
                        + " values (3, 7, 'Support', 'support@migrated.test', 'IMAP', 'localhost', 3143, 'support',"
                        + " 'x', 'INBOX', 'localhost', 3025, 'NONE', true, 'OK', 0)")
                .update();
        reply(jdbc, 101, 501, "PENDING", 2, "421 4.7.0 Try again later", null);
        reply(jdbc, 102, 502, "SENT", 1, null, WRITTEN.plusSeconds(10));
        reply(jdbc, 103, 503, "FAILED", 1, "554 5.7.1 Relay access denied", null);

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.sql("select r.source_message, n.status, n.attempts, n.channel, n.address, n.ticket_number,"
                                + " e.message_id, e.in_reply_to, e.references_ids, e.route, n.last_error"
                                + " from reply_mail r join notification n on n.id = r.notification_id"
                                + " join notification_email e on e.notification_id = n.id order by r.source_message")
                        .query((rs, row) -> rs.getLong(1) + " " + rs.getString(2) + "/" + rs.getInt(3) + " "
                                + rs.getString(4) + " " + rs.getString(5) + " " + rs.getString(6) + " "
                                + rs.getString(7) + " " + rs.getString(8) + " " + rs.getString(9) + " "
                                + rs.getString(10) + " " + rs.getString(11))
                        .list())
                .containsExactly(
                        "501 PENDING/2 EMAIL zhang.wei@example.com 261130-000101 261130-000101.501@migrated.test"
                                + " customer-101@example.com customer-101@example.com mailbox:3 421 4.7.0 Try again later",
                        "502 SENT/1 EMAIL zhang.wei@example.com 261130-000102 261130-000102.502@migrated.test"
                                + " customer-102@example.com customer-102@example.com mailbox:3 null",
                        "503 FAILED/1 EMAIL zhang.wei@example.com 261130-000103 261130-000103.503@migrated.test"
                                + " customer-103@example.com customer-103@example.com mailbox:3"
                                + " 554 5.7.1 Relay access denied");
        assertThat(jdbc.sql("select t.task_name, t.task_instance, t.execution_time, n.next_attempt_at"
                                + " from scheduled_tasks t join notification n"
                                + " on t.task_instance = concat('t7-n', cast(n.id as varchar(20)))")
                        .query((rs, row) ->
                                rs.getString(1) + " " + rs.getTimestamp(3).toInstant() + " "
                                        + rs.getTimestamp(4).toInstant())
                        .list())
                .as("the waiting reply's delivery timer is due when its next attempt was")
                .containsExactly("notification-delivery " + NEXT + " " + NEXT);
        assertThat(jdbc.sql(
                                "select d.outcome, d.detail from notification_delivery d"
                                        + " join reply_mail r on r.notification_id = d.notification_id order by r.source_message")
                        .query((rs, row) -> rs.getString(1) + ": " + rs.getString(2))
                        .list())
                .containsExactly("SENT: delivered to zhang.wei@example.com", "GAVE_UP: 554 5.7.1 Relay access denied");
        assertThatThrownBy(() -> jdbc.sql("select count(*) from mail_outbox")
                        .query(Long.class)
                        .single())
                .as("the old outbox is gone")
                .isNotNull();
    }

    /** The last migration before {@code version}, whatever other branches added meanwhile. */
    private static String lastBefore(DriverManagerDataSource dataSource, String version) {
        MigrationVersion moving = MigrationVersion.fromVersion(version);
        return Arrays.stream(flyway(dataSource, "latest").info().all())
                .map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(moving) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .getVersion();
    }

    private static Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + TestDatabase.kind())
                .target(target)
                .load();
    }

    private static void reply(
            JdbcClient jdbc,
            int number,
            long sourceMessage,
            String status,
            int attempts,
            String lastError,
            Instant sentAt) {
        jdbc.sql("insert into mail_outbox (id, tenant_id, mailbox_id, ticket_number, source_message, message_id,"
                        + " in_reply_to, references_ids, recipient, subject, body, status, attempts, next_attempt_at,"
                        + " last_error, created_at, sent_at) values (?, 7, 3, ?, ?, ?, ?, ?, 'zhang.wei@example.com',"
                        + " 'Re: 退货', '您好，已为您加急处理退货。', ?, ?, ?, ?, ?, ?)")
                .params(
                        number,
                        "261130-000" + number,
                        sourceMessage,
                        "261130-000" + number + "." + sourceMessage + "@migrated.test",
                        "customer-" + number + "@example.com",
                        "customer-" + number + "@example.com",
                        status,
                        attempts,
                        Timestamp.from(NEXT),
                        lastError,
                        Timestamp.from(WRITTEN),
                        sentAt == null ? null : Timestamp.from(sentAt))
                .update();
    }
}
