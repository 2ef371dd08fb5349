package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** HTTP Basic for people, bearer tokens for integrations, and what each costs. */
@IntegrationTest
class AuthenticationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserAccounts users;

    @Autowired
    MeterRegistry meters;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView agent;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
    }

    @Test
    void aWrongPasswordOrNoneIsAClear401() {
        Api.Response wrong = fixtures.api(agent.username(), "wrong-password").get("/api/v1/me");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(wrong.text("detail")).contains("Basic");
        assertThat(fixtures.anonymous().get("/api/v1/tickets").status()).isEqualTo(401);
        assertThat(fixtures.api("nobody-at-all", "whatever-1").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void aVerifiedPasswordIsHashedOncePerPeriodNotOncePerRequest() {
        double before = verifications();
        for (int i = 0; i < 20; i++) {
            assertThat(fixtures.api(agent).get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(verifications() - before).isEqualTo(1.0);

        assertThat(fixtures.api(agent.username(), "not-the-password")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        assertThat(fixtures.api(agent.username(), "not-the-password")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(401);
        assertThat(verifications() - before)
                .as("failed attempts are never remembered")
                .isEqualTo(3.0);
    }

    @Test
    void aCustomerFirstKnownByTheirEmailAddressCannotSignInUntilAPasswordIsSet() {
        UserView writer = io.loopdesk.shared.TenantScope.asSystem(
                () -> users.customerByEmail(tenant.id(), "First.Writer@Example.com", "First Writer"));
        assertThat(jdbc.sql("select password_hash from app_user where id = ?")
                        .param(writer.id())
                        .query(String.class)
                        .single())
                .isEqualTo("!");

        for (String guess : new String[] {"!", "{noop}!", "password"}) {
            assertThat(fixtures.api(writer.username(), guess).get("/api/v1/me").status())
                    .as(guess)
                    .isEqualTo(401);
        }

        io.loopdesk.shared.TenantScope.asSystem(() -> users.changePassword(writer.id(), "chosen-by-the-customer"));
        assertThat(fixtures.api(writer.username(), "chosen-by-the-customer")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aChangedPasswordStopsTheOldOneAtOnce() {
        assertThat(fixtures.api(agent).get("/api/v1/me").status()).isEqualTo(200);

        io.loopdesk.shared.TenantScope.asSystem(() -> users.changePassword(agent.id(), "a-brand-new-secret"));

        assertThat(fixtures.api(agent).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(fixtures.api(agent.username(), "a-brand-new-secret")
                        .get("/api/v1/me")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDisabledUserIsLockedOut() {
        assertThat(fixtures.api(agent).get("/api/v1/me").status()).isEqualTo(200);
        io.loopdesk.shared.TenantScope.asSystem(() -> users.enable(agent.id(), false));
        assertThat(fixtures.api(agent).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void anIntegrationUsesAnApiTokenThatIsStoredOnlyAsItsHash() {
        Api.Response issued = fixtures.api(agent).post("/api/v1/api-tokens", Map.of("name", "CRM sync"));
        assertThat(issued.status()).isEqualTo(201);
        String secret = issued.text("secret");
        assertThat(secret).startsWith("ld_").hasSizeGreaterThan(40);

        Api integration = fixtures.bearer(secret);
        assertThat(integration.get("/api/v1/me").text("username")).isEqualTo(agent.username());
        Api.Response ticket = integration.post("/api/v1/tickets", Fixtures.validTicketJson());
        assertThat(ticket.status()).isEqualTo(201);
        assertThat(ticket.text("channel")).isEqualTo("API");

        long id = issued.get("token").get("id").asLong();
        String stored = jdbc.sql("select token_hash from api_token where id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored)
                .isEqualTo(io.loopdesk.shared.AccessKey.hashOf(secret))
                .doesNotContain(secret);
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = ? or token_prefix = ?")
                        .param(secret)
                        .param(secret)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aRevokedOrUnknownTokenIsRefused() {
        Api.Response issued = fixtures.api(agent).post("/api/v1/api-tokens", Map.of("name", "temp"));
        String secret = issued.text("secret");
        assertThat(fixtures.bearer(secret).get("/api/v1/me").status()).isEqualTo(200);

        assertThat(fixtures.api(agent)
                        .delete("/api/v1/api-tokens/"
                                + issued.get("token").get("id").asLong())
                        .status())
                .isEqualTo(200);

        Api.Response refused = fixtures.bearer(secret).get("/api/v1/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.text("detail")).contains("revoked");
        assertThat(fixtures.bearer("ld_made-up").get("/api/v1/me").status()).isEqualTo(401);
        assertThat(fixtures.bearer("not even a token").get("/api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void onlyAdminsIssueTokensForOthersAndManageUsers() {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView colleague = fixtures.staff(tenant, Role.AGENT);
        assertThat(fixtures.api(agent)
                        .post("/api/v1/api-tokens", Map.of("name", "x", "userId", colleague.id()))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(admin)
                        .post("/api/v1/api-tokens", Map.of("name", "x", "userId", colleague.id()))
                        .status())
                .isEqualTo(201);

        Map<String, Object> newUser = Map.of(
                "username",
                "new-" + System.nanoTime(),
                "displayName",
                "新同事",
                "roles",
                java.util.List.of("ENGINEER"),
                "password",
                "long-enough-pw");
        assertThat(fixtures.api(agent).post("/api/v1/users", newUser).status()).isEqualTo(403);
        Api.Response created = fixtures.api(admin).post("/api/v1/users", newUser);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.get("tenantId").asLong()).isEqualTo(tenant.id());
        Api.Response taken = fixtures.api(admin).post("/api/v1/users", newUser);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.text("detail")).contains("already taken");
        Map<String, Object> weak = Map.of(
                "username",
                "weak-" + System.nanoTime(),
                "displayName",
                "x",
                "roles",
                java.util.List.of("AGENT"),
                "password",
                "short");
        assertThat(fixtures.api(admin).post("/api/v1/users", weak).text("detail"))
                .contains("at least 8");
        Map<String, Object> operator = Map.of(
                "username",
                "op-" + System.nanoTime(),
                "displayName",
                "x",
                "roles",
                java.util.List.of("PLATFORM_OPERATOR"),
                "password",
                "long-enough-pw");
        assertThat(fixtures.api(admin).post("/api/v1/users", operator).status()).isEqualTo(403);
    }

    @Test
    void healthIsOpenAndMetricsAreForOperators() {
        assertThat(fixtures.anonymous().get("/actuator/health").text("status")).isEqualTo("UP");
        assertThat(fixtures.anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(fixtures.api(agent).get("/actuator/prometheus").status()).isEqualTo(403);
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        Api.Response metrics = fixtures.api(operator).get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("loopdesk_auth_password_verifications");
    }

    private double verifications() {
        return meters.get("loopdesk.auth.password.verifications").counter().count();
    }
}
