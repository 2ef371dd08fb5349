package io.loopdesk.reporting.monthly;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who receives the monthly report by e-mail ({@code report_subscription}): supervisors and tenant admins who asked. */
@Repository
public class ReportSubscriptions {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportSubscriptions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean has(long userId) {
        return jdbc.sql("select count(*) from report_subscription where user_id = ?")
                        .param(userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void subscribe(long tenantId, long userId) {
        jdbc.sql("insert into report_subscription (user_id, tenant_id, created_at) values (?, ?, ?)"
                        + " on conflict do nothing")
                .params(userId, tenantId, Timestamp.from(clock.instant()))
                .update();
    }

    public void unsubscribe(long userId) {
        jdbc.sql("delete from report_subscription where user_id = ?")
                .param(userId)
                .update();
    }

    public List<Long> of(long tenantId) {
        return jdbc.sql("select user_id from report_subscription where tenant_id = ? order by user_id")
                .param(tenantId)
                .query(Long.class)
                .list();
    }
}
