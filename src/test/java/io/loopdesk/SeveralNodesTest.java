package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.Race;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes on one PostgreSQL database behind an imaginary load balancer without sticky sessions: a browser signed
 * in on one is signed in on the other, and what an admin changes on one counts on the other at once (within a
 * second), not after a cache expiry; an app's feedback retried on both at once is one ticket and one billed unit.
 * Several nodes need PostgreSQL (the embedded H2 serves one), so this runs in the PostgreSQL pass only.
 */
@Tag("postgresql")
@ExtendWith(RequiresDatabase.class)
class SeveralNodesTest {

    private static final Duration AT_ONCE = Duration.ofSeconds(1);

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;
    static Fixtures onFirst;
    static Fixtures onSecond;

    @BeforeAll
    static void startTwoNodes() {
        Map<String, Object> settings = new HashMap<>();
        first = TestNodes.start("nodes", null, settings);
        second = TestNodes.start("nodes", null, settings);
        onFirst = Fixtures.outside(first);
        onSecond = Fixtures.outside(second);
    }

    @AfterAll
    static void stopThem() {
        second.close();
        first.close();
    }

    @Test
    void aBrowserSignedInOnOneNodeGoesOnOnTheOther() {
        UserView agent = onFirst.staff(onFirst.tenant(), Role.AGENT);
        WebSession browser = WebSession.signedIn(onFirst.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");

        WebSession.Page workspace = browser.at(onSecond.baseUrl()).get("/workspace");

        assertThat(workspace.status()).isEqualTo(200);
        assertThat(workspace.url()).doesNotContain("/login");
        assertThat(workspace.text()).contains(agent.displayName());
    }

    @Test
    void aCategoryChangedOnOneNodeCountsOnTheOtherAtOnce() {
        UserView admin = onFirst.staff(onFirst.tenant(), Role.TENANT_ADMIN);
        Api second = onSecond.api(admin);
        assertThat(names(second)).doesNotContain("固件升级");

        onFirst.api(admin)
                .put(
                        "/api/v1/categories",
                        Map.of("code", "technical.firmware", "nameZh", "固件升级", "nameEn", "Firmware updates"));

        await().atMost(AT_ONCE).untilAsserted(() -> assertThat(names(second)).contains("固件升级"));
    }

    @Test
    void aTokenRevokedOnOneNodeIsRefusedOnTheOtherAtOnce() {
        UserView agent = onFirst.staff(onFirst.tenant(), Role.AGENT);
        Api.Response issued = onFirst.api(agent).post("/api/v1/api-tokens", Map.of("name", "ERP"));
        Api tokenOnSecond = onSecond.bearer(issued.get("secret").asString());
        assertThat(tokenOnSecond.get("/api/v1/me").status()).isEqualTo(200);

        onFirst.api(agent)
                .delete("/api/v1/api-tokens/" + issued.get("token").get("id").asLong());

        await().atMost(AT_ONCE)
                .untilAsserted(() ->
                        assertThat(tokenOnSecond.get("/api/v1/me").status()).isEqualTo(401));
    }

    @Test
    void aUserDisabledOnOneNodeIsRefusedOnTheOtherAtOnce() {
        var tenant = onFirst.tenant();
        UserView admin = onFirst.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = onFirst.staff(tenant, Role.AGENT);
        Api agentOnSecond = onSecond.api(agent);
        assertThat(agentOnSecond.get("/api/v1/me").status())
                .as("the password is now remembered there")
                .isEqualTo(200);

        onFirst.api(admin).patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));

        await().atMost(AT_ONCE)
                .untilAsserted(() ->
                        assertThat(agentOnSecond.get("/api/v1/me").status()).isEqualTo(401));
    }

    @Test
    void feedbackRetriedAndRacingOnBothNodesIsBilledOnce() {
        var tenant = onFirst.tenant();
        UserView admin = onFirst.staff(tenant, Role.TENANT_ADMIN);
        Api.Response app =
                onFirst.api(admin).post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        String key = app.text("key");
        for (int round = 0; round < 4; round++) {
            String idempotencyKey = "nodes-" + round + "-" + UUID.randomUUID();
            Map<String, Object> feedback = Map.of(
                    "userId", "u-" + round,
                    "contact", "13812345678",
                    "contactName", "王女士",
                    "type", "FAULT",
                    "title", "门锁离线",
                    "description", Fixtures.DESCRIPTION);
            List<Integer> answers = Race.of(
                    8,
                    i -> (i % 2 == 0 ? onFirst : onSecond)
                            .app(key)
                            .withHeader("Idempotency-Key", idempotencyKey)
                            .post("/api/v1/feedback", feedback)
                            .status());
            assertThat(answers).allSatisfy(status -> assertThat(status).isIn(200, 201));
        }
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        long appTickets = jdbc.sql("select count(*) from ticket where tenant_id = ? and channel = 'APP'")
                .param(tenant.id())
                .query(Long.class)
                .single();
        String month = java.time.YearMonth.now(
                        first.getBean(java.time.Clock.class).withZone(tenant.timeZone()))
                .toString();
        Api.Response usage = onSecond.api(admin).get("/api/v1/tenants/" + tenant.id() + "/usage?month=" + month);
        assertThat(appTickets).isEqualTo(4);
        assertThat(usage.get("appFeedback").asLong()).as(usage.body()).isEqualTo(appTickets);
    }

    private static List<String> names(Api api) {
        return api.get("/api/v1/categories")
                .json()
                .valueStream()
                .map(category -> category.get("nameZh").asString())
                .toList();
    }
}
