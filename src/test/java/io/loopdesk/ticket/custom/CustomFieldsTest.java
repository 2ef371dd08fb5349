package io.loopdesk.ticket.custom;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A tenant's own ticket fields as seed 002's commercial and content desks use them: an admin adds a refund amount
 * required before a ticket awaits the customer's confirmation, a violation grade asked on the registration form, the
 * actions taken and a checkbox; agents fill them in on the ticket page and the API with a message for each wrong
 * value; lists, saved views and a report use them. Customers and other tenants never see them.
 */
@IntegrationTest
class CustomFieldsTest {

    @Autowired
    Fixtures fixtures;

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
        assertThat(adminApi.post(
                                "/api/v1/ticket-fields",
                                Map.of(
                                        "key", "refund_amount",
                                        "type", "MONEY",
                                        "label", "退款金额",
                                        "requiredFor", List.of("AWAITING_CONFIRMATION")))
                        .status())
                .isEqualTo(201);
        adminApi.post(
                "/api/v1/ticket-fields",
                Map.of(
                        "key", "violation_grade",
                        "type", "CHOICE",
                        "label", "违规等级",
                        "options", List.of("轻微", "一般", "严重"),
                        "onForm", true));
        adminApi.post(
                "/api/v1/ticket-fields",
                Map.of(
                        "key",
                        "actions",
                        "type",
                        "MULTI_CHOICE",
                        "label",
                        "处理措施",
                        "options",
                        List.of("警告", "下架", "封禁")));
        adminApi.post("/api/v1/ticket-fields", Map.of("key", "vip", "type", "CHECKBOX", "label", "VIP 商家"));
    }

    @Test
    void anAdminDefinesFieldsAndBadDefinitionsAreRefusedFieldByField() {
        Api.Response wrong =
                adminApi.post("/api/v1/ticket-fields", Map.of("key", "2bad key", "type", "CHOICE", "label", ""));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains(
                        "The key is 1 to 40 lower-case letters, digits or underscores, starting with a letter.",
                        "Give the field a label of 1 to 100 characters.",
                        "A choice field has 1 to 100 options of at most 100 characters, one a line.");
        assertThat(adminApi.post(
                                "/api/v1/ticket-fields",
                                Map.of("key", "vip", "type", "TEXT", "label", "again", "options", List.of("x")))
                        .body())
                .contains("The tenant has a field vip already.", "Only choice fields have options.");
        assertThat(fixtures.api(agent)
                        .post("/api/v1/ticket-fields", Map.of("key", "x", "type", "TEXT", "label", "x"))
                        .status())
                .isEqualTo(403);

        // on the admin page, in Chinese
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");
        WebSession.Page page = chinese.post(
                "/admin/fields", Map.of("key", "merchant", "type", "TEXT", "label", "涉及商家", "onForm", "true"));
        assertThat(page.text()).contains("字段已添加。", "涉及商家", "登记时填写");
        WebSession.Page refused =
                chinese.post("/admin/fields", Map.of("key", "merchant", "type", "TEXT", "label", "重复"));
        assertThat(refused.html().select(".field.invalid .error").text()).isEqualTo("本租户已有字段 merchant。");
        chinese.post("/admin/fields/merchant", Map.of("label", "涉及商家（店铺）", "active", "true"));
        assertThat(adminApi.get("/api/v1/ticket-fields").json().findValuesAsString("label"))
                .containsExactly("退款金额", "违规等级", "处理措施", "VIP 商家", "涉及商家（店铺）");
    }

    @Test
    void agentsFillFieldsInWithAMessageForEachWrongValueAndTheHistoryKeepsThem() {
        String number = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(agent);

        Api.Response wrong = api.put(
                "/api/v1/tickets/" + number + "/fields",
                Map.of("refund_amount", "fifty", "violation_grade", "灾难", "actions", List.of("警告", "罚款"), "nope", "1"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body())
                .contains(
                        "退款金额: Give an amount of at most two decimals, such as 50 or 1250.50.",
                        "违规等级: Choose one of the field's options.",
                        "处理措施: Choose one of the field's options.",
                        "The tenant has no field nope.");
        assertThat(api.get("/api/v1/tickets/" + number + "/fields").json().findValues("values"))
                .allMatch(JsonNode::isEmpty);

        Api.Response set = api.put(
                "/api/v1/tickets/" + number + "/fields",
                Map.of(
                        "refund_amount",
                        "¥1,250.5",
                        "violation_grade",
                        "严重",
                        "actions",
                        List.of("下架", "警告"),
                        "vip",
                        true));
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"1250.50\"", "\"严重\"", "[\"下架\",\"警告\"]", "[\"true\"]");

        // on the ticket page's panel, a wrong value is named beside its field and nothing changes
        WebSession pages = fixtures.pages(agent);
        WebSession.Page panel = pages.post(
                "/tickets/" + number + "/fields",
                List.of(
                        Map.entry("fields.refund_amount", "12.345"),
                        Map.entry("fields.violation_grade", "一般"),
                        Map.entry("fields.actions", "")));
        assertThat(panel.html().select("#ticket-fields .field.invalid .error").text())
                .isEqualTo("退款金额: Give an amount of at most two decimals, such as 50 or 1250.50.");
        assertThat(api.get("/api/v1/tickets/" + number + "/fields").body()).contains("\"1250.50\"", "\"严重\"");
        panel = pages.post(
                "/tickets/" + number + "/fields",
                List.of(
                        Map.entry("fields.violation_grade", "一般"),
                        Map.entry("fields.actions", ""),
                        Map.entry("fields.actions", "封禁")));
        assertThat(panel.text()).contains("The fields were saved.");
        assertThat(pages.get("/tickets/" + number).text())
                .contains("Set 退款金额: 1250.50", "Set 违规等级: 一般", "Set 处理措施: 封禁");

        // customers never see them
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/fields")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aRequiredFieldHoldsTheStatusChangeUntilItHasAValue() {
        String number = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(agent);
        Api.Response held =
                api.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        assertThat(held.status()).isEqualTo(400);
        assertThat(held.body()).contains("退款金额 needs a value first.");
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(chinese.post("/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"))
                        .html()
                        .select(".alert.error")
                        .text())
                .isEqualTo("请先填写“退款金额”。");
        assertThat(api.get("/api/v1/tickets/" + number).text("status")).isEqualTo("NEW");

        api.put("/api/v1/tickets/" + number + "/fields", Map.of("refund_amount", "50"));
        assertThat(api.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"))
                        .status())
                .isEqualTo(200);
        // the customer confirming is never held up by the desk's fields
        assertThat(fixtures.api(customer)
                        .post("/api/v1/tickets/" + number + "/status", Map.of("status", "RESOLVED"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theRegistrationFormAsksForItsFieldsAndRefusesAWrongValueKeepingWhatWasTyped() {
        WebSession pages = fixtures.pages(agent);
        assertThat(pages.get("/tickets/new").html().select("#form-fields label").eachText())
                .containsExactly("违规等级");
        List<Map.Entry<String, String>> form = List.of(
                Map.entry("customerName", "某直播间观众"),
                Map.entry("contactPerson", "李娜"),
                Map.entry("product", "直播间 0425"),
                Map.entry("contact", "13912345678"),
                Map.entry("title", "直播间虚假宣传"),
                Map.entry("description", Fixtures.DESCRIPTION),
                Map.entry("fields.violation_grade", "特别严重"));
        WebSession.Page refused = pages.post("/tickets/new", form);
        assertThat(refused.html().select("#form-fields .field.invalid .error").text())
                .isEqualTo("违规等级: Choose one of the field's options.");
        assertThat(refused.html().select("#title").attr("value")).isEqualTo("直播间虚假宣传");

        WebSession.Page created = pages.post(
                "/tickets/new",
                List.of(
                        Map.entry("customerName", "某直播间观众"),
                        Map.entry("contactPerson", "李娜"),
                        Map.entry("product", "直播间 0425"),
                        Map.entry("contact", "13912345678"),
                        Map.entry("title", "直播间虚假宣传"),
                        Map.entry("description", Fixtures.DESCRIPTION),
                        Map.entry("fields.violation_grade", "严重")));
        assertThat(created.html().select(".error").eachText()).isEmpty();
        String number = created.html().select("#ticket").attr("data-number");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/fields")
                        .body())
                .contains("\"严重\"");
    }

    @Test
    void listsViewsAndTheReportUseTheFields() {
        Api api = fixtures.api(agent);
        String severe = fixtures.ticketOf(customer).number();
        String minor = fixtures.ticketOf(customer).number();
        String none = fixtures.ticketOf(customer).number();
        api.put("/api/v1/tickets/" + severe + "/fields", Map.of("violation_grade", "严重", "refund_amount", "100"));
        api.put("/api/v1/tickets/" + minor + "/fields", Map.of("violation_grade", "轻微", "refund_amount", "20.5"));

        assertThat(api.get("/api/v1/tickets?field=violation_grade&fieldValue=严重")
                        .json()
                        .get("items")
                        .findValuesAsString("number"))
                .containsExactly(severe);
        assertThat(api.get("/api/v1/tickets?field=refund_amount")
                        .json()
                        .get("items")
                        .findValuesAsString("number"))
                .containsExactlyInAnyOrder(severe, minor)
                .doesNotContain(none);
        WebSession.Page list = fixtures.pages(agent).get("/workspace?view=all&field=violation_grade&fieldValue=轻微");
        assertThat(list.html().select("#queue tbody tr").eachAttr("id")).containsExactly("row-" + minor);
        Api.Response view = api.post(
                "/api/v1/views",
                Map.of("name", "Severe violations", "filters", "view=all&field=violation_grade&fieldValue=严重"));
        assertThat(view.get("count").asLong()).isEqualTo(1);

        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        JsonNode refunds = fixtures.api(supervisor)
                .get("/api/v1/reports/fields/refund_amount")
                .json();
        assertThat(refunds.get("tickets").asLong()).isEqualTo(3);
        assertThat(refunds.get("filled").asLong()).isEqualTo(2);
        assertThat(refunds.get("sum").decimalValue()).isEqualByComparingTo("120.50");
        assertThat(refunds.get("average").decimalValue()).isEqualByComparingTo("60.25");
        WebSession.Page report = fixtures.pages(supervisor).get("/reports/fields?field=violation_grade");
        assertThat(report.html().select("#fr-values tbody tr").eachText()).containsExactly("严重 1", "轻微 1");
        assertThat(api.get("/api/v1/reports/fields/refund_amount").status()).isEqualTo(403);

        // another tenant knows none of them
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.SUPERVISOR);
        assertThat(fixtures.api(stranger)
                        .get("/api/v1/reports/fields/refund_amount")
                        .body())
                .contains("The tenant has no field refund_amount.");
        assertThat(fixtures.api(stranger).get("/api/v1/ticket-fields").json()).isEmpty();
    }
}
