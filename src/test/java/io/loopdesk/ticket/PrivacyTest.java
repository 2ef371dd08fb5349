package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Contact details inside ticket text are masked for roles that may not see them, on the API and the pages;
 * passwords are hidden for everyone, kept encrypted for the staff who must act, and the customer is advised.
 */
@IntegrationTest
class PrivacyTest {

    static final String DESCRIPTION =
            "门锁 App 登录不了，请联系我 13987654321 或 li.lei@example.com。" + "我的密码是Abc@12345，账号就是手机号，麻烦帮忙看看为什么一直提示网络错误。";

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    UserView qa;
    String number;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        qa = fixtures.staff(tenant, Role.QA);
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.validTicketJson());
        body.put("description", DESCRIPTION);
        body.put("title", "登录失败，回电 13987654321");
        Api.Response opened = fixtures.api(customer).post("/api/v1/tickets", body);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        number = opened.text("number");
    }

    @Test
    void contactsInTheTextAreMaskedForRolesThatMayNotSeeThem() {
        String forAgent = fixtures.api(agent).get("/api/v1/tickets/" + number).text("description");
        assertThat(forAgent).contains("13987654321", "li.lei@example.com");

        JsonNode forQa = fixtures.api(qa).get("/api/v1/tickets/" + number).json();
        assertThat(forQa.get("description").asString())
                .contains("139****4321", "l***@example.com")
                .doesNotContain("13987654321", "li.lei@");
        assertThat(forQa.get("title").asString()).isEqualTo("登录失败，回电 139****4321");
        assertThat(fixtures.api(qa).get("/api/v1/tickets?limit=5").body())
                .contains("139****4321")
                .doesNotContain("13987654321");

        assertThat(fixtures.api(customer).get("/api/v1/tickets/" + number).text("description"))
                .as("the customer sees what they wrote")
                .contains("13987654321");

        fixtures.api(agent)
                .post(
                        "/api/v1/tickets/" + number + "/messages",
                        Map.of("kind", "INTERNAL_NOTE", "body", "已致电 13987654321，客户说晚上再打"));
        assertThat(fixtures.api(qa)
                        .get("/api/v1/tickets/" + number + "/messages")
                        .body())
                .contains("已致电 139****4321")
                .doesNotContain("13987654321");
        WebSession page = WebSession.signedIn(fixtures.baseUrl(), qa.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(page.get("/tickets/" + number).text())
                .contains("139****4321")
                .doesNotContain("13987654321");
    }

    @Test
    void aPasswordIsHiddenKeptForStaffAndTheCustomerIsAdvised() {
        String description =
                fixtures.api(agent).get("/api/v1/tickets/" + number).text("description");
        assertThat(description).contains("我的密码是******，").doesNotContain("Abc@12345");

        Api.Response reply = fixtures.api(customer)
                .post(
                        "/api/v1/tickets/" + number + "/messages",
                        Map.of("kind", "PUBLIC_REPLY", "body", "Sorry, my password: Hunter22! (the old one)"));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("body")).isEqualTo("Sorry, my password: ****** (the old one)");

        String conversation = fixtures.api(customer)
                .get("/api/v1/tickets/" + number + "/messages")
                .body();
        assertThat(conversation).doesNotContain("Abc@12345", "Hunter22!");
        assertThat(conversation).as("advice in Chinese for the description").contains("请尽快修改该密码");
        assertThat(conversation)
                .as("advice in English for the English message")
                .contains("please change that password");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number)
                        .get("firstResponseAt")
                        .isNull())
                .as("automatic advice is not a person's first response")
                .isTrue();

        JsonNode hidden = fixtures.api(agent)
                .get("/api/v1/tickets/" + number + "/secrets")
                .json();
        assertThat(hidden.size()).isEqualTo(2);
        long first = hidden.get(0).get("id").asLong();
        Api.Response revealed =
                fixtures.api(agent).post("/api/v1/tickets/" + number + "/secrets/" + first + "/reveal", Map.of());
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text("secret")).isEqualTo("Abc@12345");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/history")
                        .body())
                .contains("secret-revealed");

        assertThat(fixtures.api(qa)
                        .post("/api/v1/tickets/" + number + "/secrets/" + first + "/reveal", Map.of())
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/secrets")
                        .json()
                        .size())
                .isZero();
        WebSession page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        assertThat(page.get("/tickets/" + number).text()).contains("A password or key was hidden here");
    }
}
