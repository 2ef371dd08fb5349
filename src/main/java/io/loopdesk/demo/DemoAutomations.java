package io.loopdesk.demo;

import io.loopdesk.automation.Action;
import io.loopdesk.automation.ActionKind;
import io.loopdesk.automation.AutomationRules;
import io.loopdesk.automation.Condition;
import io.loopdesk.automation.Operator;
import io.loopdesk.automation.RuleDraft;
import io.loopdesk.automation.Subject;
import io.loopdesk.automation.TimeAnchor;
import io.loopdesk.automation.Trigger;
import io.loopdesk.identity.UserView;
import java.util.List;

/**
 * A few automations as the demo's desks would write them: the smart-home desk hurries offline locks, flags VIP
 * customers to its supervisor and follows up customers who have not answered in two working days; the live-shopping
 * desk tags grave violations. Written after the demo tickets are played, so they act on what people do next.
 */
final class DemoAutomations {

    private DemoAutomations() {}

    static void define(
            AutomationRules rules, UserView smartHomeAdmin, UserView smartHomeSupervisor, UserView liveShopAdmin) {
        var home = DemoPeople.actor(smartHomeAdmin);
        rules.create(
                new RuleDraft(
                        "门锁离线加急",
                        Trigger.CREATED,
                        null,
                        null,
                        true,
                        List.of(
                                new Condition(Subject.TEXT, null, Operator.CONTAINS, "离线"),
                                new Condition(Subject.URGENCY, null, Operator.IS, "NORMAL")),
                        List.of(
                                new Action(ActionKind.SET_URGENCY, null, "URGENT"),
                                new Action(ActionKind.ADD_TAG, null, "设备离线")),
                        true),
                home);
        rules.create(
                new RuleDraft(
                        "VIP 客户告知主管",
                        Trigger.CREATED,
                        null,
                        null,
                        true,
                        List.of(new Condition(Subject.CUSTOMER_LEVEL, null, Operator.IS, "VIP")),
                        List.of(
                                new Action(ActionKind.ADD_TAG, null, "vip"),
                                new Action(
                                        ActionKind.NOTIFY,
                                        String.valueOf(smartHomeSupervisor.id()),
                                        "VIP 客户有新工单，请关注首次响应。")),
                        true),
                home);
        rules.create(
                new RuleDraft(
                        "两个工作日未回复跟进",
                        Trigger.TIMED,
                        TimeAnchor.UPDATED,
                        16,
                        true,
                        List.of(new Condition(Subject.STATUS, null, Operator.IS, "WAITING_CUSTOMER")),
                        List.of(
                                new Action(ActionKind.ADD_NOTE, null, "客户两个工作日未回复，请电话跟进。"),
                                new Action(ActionKind.ADD_TAG, null, "待跟进")),
                        true),
                home);
        rules.create(
                new RuleDraft(
                        "严重违规打标签",
                        Trigger.UPDATED,
                        null,
                        null,
                        true,
                        List.of(new Condition(Subject.FIELD, "violation_grade", Operator.IS, "严重")),
                        List.of(
                                new Action(ActionKind.ADD_TAG, null, "严重违规"),
                                new Action(ActionKind.NOTIFY, "ASSIGNEE", "该工单违规等级为严重，请按处罚流程处理。")),
                        true),
                DemoPeople.actor(liveShopAdmin));
    }
}
