package io.loopdesk.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.knowledge.reply.Numbering;
import io.loopdesk.knowledge.reply.ReplyTemplates;
import io.loopdesk.knowledge.reply.TemplateDraft;
import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.tag.TicketTags;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketView;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Automations as a tenant admin writes them: triggers on registration and on updates, in order, each firing once
 * per event with a line in the ticket's history; never set off by an automation's own change; a refused action
 * undoes the whole firing and is logged; one firing too often on a ticket is stopped; timed rules in business hours;
 * the dry run; bad rules refused field by field; tenants kept apart.
 */
@IntegrationTest
class AutomationsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    TicketTags tags;

    @Autowired
    AutomationEngine engine;

    @Autowired
    TimedRules timed;

    @Autowired
    ReplyTemplates templates;

    @Autowired
    TenantWebhooks webhooks;

    @Autowired
    Notifications notifications;

    @Autowired
    Teams teams;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    TenantInfo tenant;
    UserView admin;
    UserView agent;
    UserView customer;
    Api adminApi;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        agent = fixtures.staff(tenant, Role.AGENT);
        customer = fixtures.customer(tenant);
        adminApi = fixtures.api(admin);
    }

    @Test
    void aTriggerOnRegistrationTagsAssignsNotesAndTellsAndTheHistorySaysWhichRule() {
        long webhook = webhooks.create(
                        "https://hooks.example.com/loopdesk",
                        "门锁工单",
                        Set.of(HookEvent.TICKET_CREATED),
                        Fixtures.actor(admin))
                .webhook()
                .id();
        long rule = created(Map.of(
                "name",
                "WiFi 门锁",
                "trigger",
                "CREATED",
                "conditions",
                List.of(condition("TEXT", "CONTAINS", "wifi"), condition("CHANNEL", "IS", "WEB")),
                "actions",
                List.of(
                        action("ADD_TAG", null, "WiFi 门锁"),
                        action("SET_URGENCY", null, "URGENT"),
                        action("ASSIGN_AGENT", null, String.valueOf(agent.id())),
                        action("ADD_NOTE", null, "先确认路由器型号与频段。"),
                        action("NOTIFY", "ASSIGNEE", "新的门锁联网工单"),
                        action("WEBHOOK", null, String.valueOf(webhook)))));
        created(Map.of(
                "name",
                "退款",
                "trigger",
                "CREATED",
                "conditions",
                List.of(condition("TEXT", "CONTAINS", "退款")),
                "actions",
                List.of(action("ADD_TAG", null, "refund"))));

        String number = fixtures.ticketOf(customer).number();
        background.settle();

        TicketView ticket = queries.get(number, Fixtures.actor(admin));
        assertThat(ticket.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(ticket.assigneeId()).isEqualTo(agent.id());
        assertThat(tagsOf(number)).containsExactly("wifi-门锁");
        assertThat(messages(number)).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.INTERNAL_NOTE);
            assertThat(m.body()).isEqualTo("先确认路由器型号与频段。");
            assertThat(m.authorName()).isEqualTo("⚙ WiFi 门锁");
        });
        List<HistoryEntryView> history = queries.history(number, Fixtures.actor(admin));
        assertThat(history)
                .filteredOn(h -> h.field().equals("automation"))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.newValue()).isEqualTo("WiFi 门锁");
                    assertThat(h.actorName()).isEqualTo("⚙ WiFi 门锁");
                });
        assertThat(history)
                .filteredOn(h -> h.field().equals("urgency"))
                .extracting(HistoryEntryView::actorName)
                .containsExactly("⚙ WiFi 门锁");
        List<NotificationView> told = TenantScope.inTenant(tenant.id(), () -> notifications.aboutTicket(number));
        assertThat(told).anySatisfy(n -> assertThat(n.body()).isEqualTo("新的门锁联网工单"));
        assertThat(told).anySatisfy(n -> assertThat(n.body()).contains("\"type\":\"automation.fired\"", "WiFi 门锁"));
        assertThat(firings(rule)).extracting(f -> f.get("outcome").asString()).containsExactly("FIRED");

        // the ticket page shows the line in Chinese
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(chinese.get("/tickets/" + number).text()).contains("自动化规则「WiFi 门锁」已执行");
    }

    @Test
    void rulesRunInOrderEachSeeingWhatTheOnesBeforeItDid() {
        long first = created(Map.of(
                "name", "先打标签",
                "trigger", "CREATED",
                "actions", List.of(action("ADD_TAG", null, "first"))));
        long second = created(Map.of(
                "name",
                "看到标签",
                "trigger",
                "CREATED",
                "conditions",
                List.of(condition("TAG", "IS", "first")),
                "actions",
                List.of(action("ADD_TAG", null, "second"))));

        String number = fixtures.ticketOf(customer).number();
        background.settle();
        assertThat(tagsOf(number)).containsExactlyInAnyOrder("first", "second");

        Api.Response moved = adminApi.post("/api/v1/automations/" + second + "/move?up=true", Map.of());
        assertThat(moved.json().findValuesAsString("name")).containsExactly("看到标签", "先打标签");
        String later = fixtures.ticketOf(customer).number();
        background.settle();
        assertThat(tagsOf(later))
                .as("the second rule now runs before the tag is there")
                .containsExactly("first");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void anUpdateByAPersonFiresTheUpdateRulesOnceButAnAutomationsOwnChangesNever() {
        long rule = created(Map.of(
                "name",
                "紧急升级",
                "trigger",
                "UPDATED",
                "conditions",
                List.of(condition("URGENCY", "IS", "CRITICAL")),
                "actions",
                List.of(action("ADD_TAG", null, "escalated"), action("ADD_NOTE", null, "已通知值班主管。"))));
        long echo = created(Map.of(
                "name",
                "回声",
                "trigger",
                "UPDATED",
                "conditions",
                List.of(condition("TAG", "IS", "escalated")),
                "actions",
                List.of(action("ADD_TAG", null, "echo"))));
        String number = fixtures.ticketOf(customer).number();
        background.settle();
        assertThat(firings(rule)).isEmpty();

        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        tickets.edit(number, urgency(Urgency.CRITICAL), Fixtures.actor(supervisor));
        background.settle();

        assertThat(firings(rule))
                .as("its own tag and note are an automation's changes, which set off no rule, itself included")
                .hasSize(1);
        assertThat(firings(echo))
                .as("a later rule sees what an earlier one did on the same event")
                .hasSize(1);
        assertThat(tagsOf(number)).containsExactlyInAnyOrder("escalated", "echo");

        // a person's next change sets off both again, once each
        tickets.addMessage(number, MessageKind.INTERNAL_NOTE, "主管已接手。", Fixtures.actor(supervisor));
        background.settle();
        assertThat(firings(rule)).hasSize(2);
        assertThat(firings(echo)).hasSize(2);
        assertThat(messages(number))
                .filteredOn(m -> m.body().equals("已通知值班主管。"))
                .hasSize(2);
    }

    @Test
    void aRuleFiresOncePerEventEvenWhenTheEventComesAgain() {
        long rule = created(Map.of(
                "name", "一次",
                "trigger", "UPDATED",
                "actions", List.of(action("ADD_NOTE", null, "只写一次。"))));
        String number = fixtures.ticketOf(customer).number();
        background.settle();
        int before = firings(rule).size();

        engine.run(tenant.id(), number, Trigger.UPDATED, "message:redelivered");
        engine.run(tenant.id(), number, Trigger.UPDATED, "message:redelivered");

        assertThat(firings(rule)).hasSize(before + 1);
        assertThat(messages(number)).filteredOn(m -> m.body().equals("只写一次。")).hasSize(before + 1);
    }

    @Test
    void aRuleFiringTooOftenOnATicketIsStoppedAndSaysSo() {
        long rule = created(Map.of(
                "name", "打转",
                "trigger", "UPDATED",
                "actions", List.of(action("ADD_TAG", null, "loop"))));
        String number = fixtures.ticketOf(customer).number();
        background.settle();
        int before = firings(rule).size();

        for (int i = before; i < AutomationEngine.LOOP_LIMIT + 3; i++) {
            engine.run(tenant.id(), number, Trigger.UPDATED, "edited:round-" + i);
        }

        List<String> outcomes =
                firings(rule).stream().map(f -> f.get("outcome").asString()).toList();
        assertThat(outcomes).filteredOn("FIRED"::equals).hasSize(AutomationEngine.LOOP_LIMIT);
        assertThat(outcomes).filteredOn("STOPPED"::equals).hasSize(3);
        assertThat(queries.history(number, Fixtures.actor(admin)))
                .filteredOn(h -> h.field().equals("automation-stopped"))
                .as("said once, not at every further event")
                .hasSize(1);
        WebSession english = fixtures.pages(admin);
        assertThat(english.get("/tickets/" + number).text())
                .contains("Automation «打转» stopped on this ticket: it ran 10 times within an hour");
        assertThat(english.get("/admin/automations").text()).contains("打转", "fired 10 · failed 0 · stopped 3");

        clock.advance(AutomationEngine.LOOP_WINDOW.plusMinutes(1));
        engine.run(tenant.id(), number, Trigger.UPDATED, "edited:an-hour-later");
        assertThat(firings(rule).getFirst().get("outcome").asString()).isEqualTo("FIRED");
    }

    @Test
    void aRefusedActionUndoesTheWholeFiringWhichIsLoggedWithItsReason() {
        long template = TenantScope.inTenant(
                tenant.id(),
                () -> templates
                        .create(
                                new TemplateDraft("门锁回复", "您好，{customer}，我们已收到。", null, null, Numbering.ARABIC, "zh"),
                                Fixtures.actor(admin))
                        .id());
        long rule = created(Map.of(
                "name", "自动回复",
                "trigger", "CREATED",
                "actions",
                        List.of(
                                action("ADD_TAG", null, "answered"),
                                action("TEMPLATE_REPLY", null, String.valueOf(template)))));
        TenantScope.inTenant(tenant.id(), () -> templates.delete(template, Fixtures.actor(admin)));

        String number = fixtures.ticketOf(customer).number();
        background.settle();

        assertThat(tagsOf(number)).as("all of the firing or none").isEmpty();
        assertThat(firings(rule)).singleElement().satisfies(f -> {
            assertThat(f.get("outcome").asString()).isEqualTo("FAILED");
            assertThat(f.get("reason").asString()).isNotBlank();
        });
        assertThat(queries.history(number, Fixtures.actor(admin)))
                .filteredOn(h -> h.field().equals("automation-failed"))
                .singleElement()
                .satisfies(h -> assertThat(h.newValue()).isEqualTo("自动回复"));
    }

    @Test
    void aRuleSetsTheTypeAndTheCategoryOnlyToOnesTheTenantHas() {
        Api.Response unknown = adminApi.post(
                "/api/v1/automations",
                Map.of(
                        "name", "分类",
                        "trigger", "CREATED",
                        "actions",
                                List.of(
                                        action("SET_TYPE", null, "GOSSIP"),
                                        action("SET_CATEGORY", null, "no.such.category"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body())
                .contains("Choose one of FAULT, CONSULTATION, COMPLAINT", "Choose one of your categories by its code.");
        created(Map.of(
                "name",
                "退货咨询",
                "trigger",
                "CREATED",
                "conditions",
                List.of(condition("TEXT", "CONTAINS", "WiFi")),
                "actions",
                List.of(action("SET_TYPE", null, "consultation"), action("SET_CATEGORY", null, "commercial.returns"))));

        String number = fixtures.ticketOf(customer).number();
        background.settle();

        TicketView ticket = queries.get(number, Fixtures.actor(admin));
        assertThat(ticket.type()).isEqualTo(io.loopdesk.ticket.value.FeedbackType.CONSULTATION);
        assertThat(ticket.category()).isEqualTo("commercial.returns");
    }

    @Test
    void aTemplateReplyAnswersTheCustomerWithItsVariablesFilled() {
        long template = TenantScope.inTenant(
                tenant.id(),
                () -> templates
                        .create(
                                new TemplateDraft("收到", "您好，我们已收到您的反馈。", null, null, Numbering.ARABIC, "zh"),
                                Fixtures.actor(admin))
                        .id());
        created(Map.of(
                "name", "自动确认",
                "trigger", "CREATED",
                "actions", List.of(action("TEMPLATE_REPLY", null, String.valueOf(template)))));

        String number = fixtures.ticketOf(customer).number();
        background.settle();

        assertThat(queries.messages(number, Fixtures.actor(customer))).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(MessageKind.PUBLIC_REPLY);
            assertThat(m.body()).contains("您好，我们已收到您的反馈。");
        });
    }

    @Test
    void aTimedRuleFiresOnceTheBusinessHoursHavePassedAndOnlyOnce() {
        long rule = created(Map.of(
                "name",
                "三天未处理",
                "trigger",
                "TIMED",
                "anchor",
                "CREATED",
                "hours",
                24,
                "conditions",
                List.of(condition("STATUS", "IS_NOT", "CLOSED")),
                "actions",
                List.of(action("ADD_TAG", null, "stale"))));
        String number = fixtures.ticketOf(customer).number();
        background.settle();

        assertThat(timed.round(tenant.id())).isZero();
        clock.advance(Duration.ofDays(10));
        assertThat(timed.round(tenant.id())).isEqualTo(1);
        assertThat(timed.round(tenant.id())).as("once per ticket and anchor").isZero();
        assertThat(tagsOf(number)).contains("stale");
        assertThat(firings(rule)).hasSize(1);

        Api.Response dryRun = adminApi.post("/api/v1/automations/" + rule + "/dry-run", Map.of());
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().findValuesAsString("number")).contains(number);
    }

    @Test
    void aDryRunShowsTheRecentTicketsARuleWouldHitWithoutChangingThem() {
        String wifi = fixtures.ticketOf(customer).number();
        background.settle();
        Api.Response result = adminApi.post(
                "/api/v1/automations/dry-run",
                Map.of(
                        "name",
                        "试运行",
                        "trigger",
                        "CREATED",
                        "conditions",
                        List.of(condition("TEXT", "CONTAINS", "WiFi")),
                        "actions",
                        List.of(action("ADD_TAG", null, "never"))));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.get("checked").asInt()).isPositive();
        assertThat(result.json().findValuesAsString("number")).containsExactly(wifi);
        assertThat(tagsOf(wifi)).isEmpty();
        assertThat(adminApi.get("/api/v1/automations").json().size())
                .as("nothing saved")
                .isZero();
    }

    @Test
    void badRulesAreRefusedFieldByFieldAndOnlyAdminsWriteThem() {
        TenantInfo other = fixtures.tenant();
        long othersTeam = TenantScope.asSystem(
                () -> teams.create(other.id(), "别家的组", null).id());
        Api.Response refused = adminApi.post(
                "/api/v1/automations",
                Map.of(
                        "name",
                        "",
                        "trigger",
                        "TIMED",
                        "hours",
                        0,
                        "conditions",
                        List.of(condition("URGENCY", "CONTAINS", "SOON"), condition("FIELD", "IS", "x")),
                        "actions",
                        List.of(
                                action("SET_STATUS", null, "SOMEWHERE"),
                                action("ASSIGN_TEAM", null, String.valueOf(othersTeam)),
                                action("ADD_TAG", null, "no good!"),
                                action("NOTIFY", "nobody", ""))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body())
                .contains(
                        "Give the rule a name.",
                        "Choose what the hours count from.",
                        "Give the business hours to wait, from 1 to 8760.",
                        "The comparison CONTAINS does not fit URGENCY.",
                        "Choose one of your ticket fields.",
                        "Choose one of NEW, ",
                        "Choose one of your teams.",
                        "Choose whom to tell: the ticket's assignee or a person of your desk.",
                        "Write a text of 1 to 2000 characters.",
                        "\"field\":\"actions[2].value\"");
        assertThat(adminApi.get("/api/v1/automations").json().size()).isZero();
        assertThat(fixtures.api(agent)
                        .post("/api/v1/automations", Map.of("name", "x", "trigger", "CREATED"))
                        .status())
                .isEqualTo(403);
        created(Map.of("name", "同名", "trigger", "CREATED", "actions", List.of(action("ADD_TAG", null, "a"))));
        assertThat(adminApi.post(
                                "/api/v1/automations",
                                Map.of(
                                        "name",
                                        "同名",
                                        "trigger",
                                        "CREATED",
                                        "actions",
                                        List.of(action("ADD_TAG", null, "a"))))
                        .body())
                .contains("Another automation has this name.");
        assertThat(adminApi.get("/api/v1/automations/999999999").status()).isEqualTo(404);
    }

    @Test
    void aTenantsRulesNeverTouchAnotherTenantsTickets() {
        created(Map.of(
                "name", "全部打标签",
                "trigger", "CREATED",
                "actions", List.of(action("ADD_TAG", null, "mine"))));
        TenantInfo other = fixtures.tenant();
        UserView otherCustomer = fixtures.customer(other);
        String theirs = fixtures.ticketOf(otherCustomer).number();
        background.settle();

        UserView otherAdmin = fixtures.staff(other, Role.TENANT_ADMIN);
        assertThat(TenantScope.inTenant(other.id(), () -> tags.of(theirs, Fixtures.actor(otherAdmin))))
                .isEmpty();
        assertThat(fixtures.api(otherAdmin).get("/api/v1/automations").json().size())
                .isZero();
    }

    private long created(Map<String, Object> rule) {
        Api.Response response = adminApi.post("/api/v1/automations", rule);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.get("id").asLong();
    }

    private List<tools.jackson.databind.JsonNode> firings(long rule) {
        Api.Response response = adminApi.get("/api/v1/automations/firings?rule=" + rule);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<tools.jackson.databind.JsonNode> all = new java.util.ArrayList<>();
        response.json().forEach(all::add);
        return all;
    }

    private List<String> tagsOf(String number) {
        return TenantScope.inTenant(tenant.id(), () -> tags.of(number, Fixtures.actor(admin)));
    }

    private List<MessageView> messages(String number) {
        return queries.messages(number, Fixtures.actor(admin));
    }

    private static Map<String, Object> condition(String subject, String operator, String value) {
        return Map.of("subject", subject, "operator", operator, "value", value);
    }

    private static Map<String, Object> action(
            String kind, @org.jspecify.annotations.Nullable String key, String value) {
        return key == null ? Map.of("kind", kind, "value", value) : Map.of("kind", kind, "key", key, "value", value);
    }

    private static TicketEdit urgency(Urgency urgency) {
        return new TicketEdit(
                null, null, null, null, null, null, urgency, null, null, null, null, null, null, null, null, null,
                null);
    }
}
