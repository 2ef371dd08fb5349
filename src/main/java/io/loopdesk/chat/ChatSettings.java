package io.loopdesk.chat;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A tenant's {@link ChatRules}; a tenant without a row uses {@link ChatRules#DEFAULT}. */
@Entity
@Table(name = "chat_settings")
class ChatSettings {

    @Id
    private Long tenantId;

    private int agentCap;

    private int unansweredSeconds;

    private boolean businessHoursOnly;

    @Version
    private long version;

    protected ChatSettings() {}

    ChatSettings(long tenantId, ChatRules rules) {
        this.tenantId = tenantId;
        change(rules);
    }

    void change(ChatRules rules) {
        agentCap = rules.agentCap();
        unansweredSeconds = rules.unansweredMinutes() * 60;
        businessHoursOnly = rules.businessHoursOnly();
    }

    ChatRules rules() {
        return new ChatRules(agentCap, unansweredSeconds / 60, businessHoursOnly);
    }
}
