package io.loopdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A tenant admin managing users, with the mistakes and the probing a real admin's requests contain. */
@IntegrationTest
class UserAdministrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView admin;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
    }

    @Test
    void aUsernameTakenInAnotherTenantIsAConflictNamingIt() {
        UserView elsewhere = fixtures.staff(fixtures.tenant(), Role.AGENT);

        Api.Response taken = fixtures.api(admin).post("/api/v1/users", newAgent(elsewhere.username()));

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.isProblem()).isTrue();
        assertThat(taken.text("detail")).contains(elsewhere.username());
        assertThat(taken.get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(elsewhere.username())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aUserOfAnotherTenantDoesNotExistForAnAdmin() {
        UserView elsewhere = fixtures.staff(fixtures.tenant(), Role.AGENT);

        Api.Response change =
                fixtures.api(admin).patch("/api/v1/users/" + elsewhere.id(), Map.of("roles", List.of("SUPERVISOR")));
        Api.Response disable = fixtures.api(admin).patch("/api/v1/users/" + elsewhere.id(), Map.of("enabled", false));

        assertThat(change.status()).isEqualTo(404);
        assertThat(change.isProblem()).isTrue();
        assertThat(disable.status()).isEqualTo(404);
        assertThat(fixtures.api(elsewhere).get("/api/v1/me").status())
                .as("the other tenant's user still signs in with the same roles")
                .isEqualTo(200);
        assertThat(fixtures.api(elsewhere).get("/api/v1/me").get("roles").toString())
                .contains("AGENT")
                .doesNotContain("SUPERVISOR");
    }

    @Test
    void lineBreaksInAnEmailAddressOrADisplayNameAreRefused() {
        Map<String, Object> injectedHeader = newAgent("agent-crlf-" + System.nanoTime());
        injectedHeader.put("email", "agent@example.com\r\nBcc: victim@example.com");
        Map<String, Object> twoLineName = newAgent("agent-crlf-" + System.nanoTime());
        twoLineName.put("displayName", "Agent\nSmith");

        Api.Response email = fixtures.api(admin).post("/api/v1/users", injectedHeader);
        Api.Response name = fixtures.api(admin).post("/api/v1/users", twoLineName);

        assertThat(email.status()).isEqualTo(400);
        assertThat(email.get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(name.status()).isEqualTo(400);
        assertThat(name.get("errors").get(0).get("field").asString()).isEqualTo("displayName");
        assertThat(jdbc.sql("select count(*) from app_user where username like 'agent-crlf-%'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Map<String, Object> newAgent(String username) {
        Map<String, Object> user = new HashMap<>();
        user.put("username", username);
        user.put("displayName", "New Agent");
        user.put("email", "new.agent@example.com");
        user.put("roles", List.of("AGENT"));
        user.put("password", Fixtures.PASSWORD);
        return user;
    }
}
