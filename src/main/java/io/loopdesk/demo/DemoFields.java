package io.loopdesk.demo;

import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.custom.CustomFields;
import io.loopdesk.ticket.custom.FieldDefinition;
import io.loopdesk.ticket.custom.FieldType;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Set;

/**
 * The live-shopping tenant's own ticket fields (seed 002): a refund amount needed before a ticket awaits the
 * customer's confirmation, a violation grade asked on the registration form, the actions taken, the merchant.
 * Defined after the demo tickets are played, so the refund rule holds for what people do next.
 */
final class DemoFields {

    private DemoFields() {}

    static void define(CustomFields fields, UserView admin) {
        TenantScope.inTenant(admin.tenantId(), () -> {
            var actor = DemoPeople.actor(admin);
            fields.add(
                    new FieldDefinition(
                            "refund_amount",
                            FieldType.MONEY,
                            "退款金额",
                            List.of(),
                            Set.of(TicketStatus.AWAITING_CONFIRMATION),
                            false,
                            true),
                    actor);
            fields.add(
                    new FieldDefinition(
                            "violation_grade",
                            FieldType.CHOICE,
                            "违规等级",
                            List.of("轻微", "一般", "严重"),
                            Set.of(),
                            true,
                            true),
                    actor);
            fields.add(
                    new FieldDefinition(
                            "actions_taken",
                            FieldType.MULTI_CHOICE,
                            "处理措施",
                            List.of("警告", "限流", "下架商品", "封禁直播间", "扣除保证金"),
                            Set.of(),
                            false,
                            true),
                    actor);
            fields.add(new FieldDefinition("merchant", FieldType.TEXT, "涉及商家", List.of(), Set.of(), true, true), actor);
            return null;
        });
    }
}
