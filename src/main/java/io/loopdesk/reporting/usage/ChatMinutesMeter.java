package io.loopdesk.reporting.usage;

import io.loopdesk.chat.ChatEnded;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a chat's online minutes when it ends, in the transaction that ends it: a chat ended twice at once (both
 * sides pressing "end") ends once, so it is counted once; a chat nobody answered costs nothing.
 */
@Component
class ChatMinutesMeter {

    private final JdbcClient jdbc;
    private final Tenants tenants;

    ChatMinutesMeter(JdbcClient jdbc, Tenants tenants) {
        this.jdbc = jdbc;
        this.tenants = tenants;
    }

    @EventListener
    void on(ChatEnded ended) {
        long minutes = ended.onlineMinutes();
        if (minutes == 0) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(
                ended.closedAt(),
                tenants.byId(ended.tenantId()).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC));
        jdbc.sql("insert into usage_chat (chat_id, tenant_id, usage_day, online_minutes, counted_at)"
                        + " values (?, ?, ?, ?, ?) on conflict do nothing")
                .params(ended.chatId(), ended.tenantId(), Date.valueOf(day), minutes, Timestamp.from(ended.closedAt()))
                .update();
    }
}
