package io.loopdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The audit trail as tenant admins and operators use it: every sign-in and administrative change with who, when,
 * from where and before → after; their own tenant's only; exported; and verified, so a record changed or removed
 * in the database shows as a broken chain at that record.
 */
@IntegrationTest
class AuditTrailTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView admin;
    UserView agent;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        agent = fixtures.staff(tenant, Role.AGENT);
    }

    @Test
    void aRoleChangeIsRecordedWithWhoWhenWhereAndBeforeAfter() {
        fixtures.api(admin)
                .withHeader("X-Forwarded-For", "203.0.113.7")
                .patch("/api/v1/users/" + agent.id(), Map.of("roles", List.of("AGENT", "SUPERVISOR")));

        JsonNode record = records(fixtures.api(admin), "action=user.roles").get(0);

        assertThat(record.get("action").asString()).isEqualTo("user.roles.changed");
        assertThat(record.get("subject").asString()).isEqualTo(agent.username());
        assertThat(record.get("actorName").asString()).contains(admin.username());
        assertThat(record.get("address").asString()).isEqualTo("203.0.113.7");
        assertThat(record.get("before").asString()).contains("AGENT").doesNotContain("SUPERVISOR");
        assertThat(record.get("after").asString()).contains("SUPERVISOR");
    }

    @Test
    void anAccountsContactsAreKeptMaskedAsTenantAdminsSeeThemElsewhere() {
        JsonNode created = records(fixtures.api(admin), "action=user.created").stream()
                .filter(r -> r.get("subject").asString().equals(agent.username()))
                .findFirst()
                .orElseThrow();

        assertThat(created.get("after").asString())
                .contains("\"email\":\"" + agent.username().charAt(0) + "***@example.com\"")
                .doesNotContain(agent.email());
    }

    @Test
    void signInsSucceededAndFailedAreRecorded() {
        WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        fixtures.api(agent.username(), "not-the-password").get("/api/v1/me");

        List<String> actions = records(fixtures.api(admin), "action=sign-in").stream()
                .filter(r -> r.get("subject").asString().equals(agent.username()))
                .map(r -> r.get("action").asString())
                .toList();

        assertThat(actions).contains("sign-in.succeeded", "sign-in.failed");
    }

    @Test
    void anAdminSeesOnlyTheirTenantsTrailAndAnOperatorSeesEveryTenants() {
        TenantInfo other = fixtures.tenant();
        UserView otherAdmin = fixtures.staff(other, Role.TENANT_ADMIN);
        UserView otherAgent = fixtures.staff(other, Role.AGENT);
        fixtures.api(otherAdmin).patch("/api/v1/users/" + otherAgent.id(), Map.of("enabled", false));
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);

        List<JsonNode> mine = records(fixtures.api(admin), "limit=500");
        List<JsonNode> operators = records(fixtures.api(operator), "tenant=" + other.id() + "&action=user");

        assertThat(mine).allSatisfy(r -> assertThat(r.get("tenantId").asLong()).isEqualTo(tenant.id()));
        assertThat(operators)
                .anySatisfy(r -> assertThat(r.get("subject").asString()).isEqualTo(otherAgent.username()));
        assertThat(fixtures.api(agent).get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void theTrailIsAppendOnlyInTheDatabaseItself() {
        fixtures.api(admin).patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));

        assertThatThrownBy(() -> jdbc.sql("update audit_record set subject = 'nobody' where tenant_id = ?")
                        .param(tenant.id())
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where tenant_id = ?")
                        .param(tenant.id())
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsTheFirstRecordChangedBehindTheTrailsBack() {
        Api api = fixtures.api(admin);
        api.patch("/api/v1/users/" + agent.id(), Map.of("roles", List.of("AGENT", "ENGINEER")));
        api.patch("/api/v1/users/" + agent.id(), Map.of("roles", List.of("AGENT")));
        api.patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));
        JsonNode intact = api.get("/api/v1/audit/verify").json().get(0);
        assertThat(intact.get("broken").isNull()).isTrue();
        long records = intact.get("records").asLong();
        assertThat(records).isGreaterThanOrEqualTo(4);

        long tampered = jdbc.sql("select id from audit_record where tenant_id = ? and action = 'user.roles.changed'"
                        + " order by chain_seq limit 1")
                .param(tenant.id())
                .query(Long.class)
                .single();
        withoutTheGuard(() -> jdbc.sql("update audit_record set after_value = '[\"PLATFORM_OPERATOR\"]' where id = ?")
                .param(tampered)
                .update());

        JsonNode broken = api.get("/api/v1/audit/verify").json().get(0).get("broken");
        assertThat(broken.get("id").asLong()).isEqualTo(tampered);
        assertThat(broken.get("reason").asString()).isEqualTo("CHANGED");
        WebSession page = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");
        page.get("/admin/audit");
        assertThat(page.post("/admin/audit/verify", Map.of()).text()).contains("链条在第", "断裂");
    }

    @Test
    void aRemovedRecordBreaksTheChainThere() {
        Api api = fixtures.api(admin);
        api.patch("/api/v1/users/" + agent.id(), Map.of("roles", List.of("AGENT", "ENGINEER")));
        api.patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));
        long removedSequence = jdbc.sql(
                        "select chain_seq from audit_record where tenant_id = ?" + " and action = 'user.roles.changed'")
                .param(tenant.id())
                .query(Long.class)
                .single();

        withoutTheGuard(() -> jdbc.sql("delete from audit_record where tenant_id = ? and chain_seq = ?")
                .params(tenant.id(), removedSequence)
                .update());

        JsonNode broken = api.get("/api/v1/audit/verify").json().get(0).get("broken");
        assertThat(broken.get("sequence").asLong()).isEqualTo(removedSequence + 1);
        assertThat(broken.get("reason").asString()).isEqualTo("REMOVED");
    }

    @Test
    void theTrailIsExportedAsCsvAndTheExportIsRecorded() {
        fixtures.api(admin).patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));

        Api.Download csv = fixtures.api(admin).download("/api/v1/audit/export?action=user");
        String text = new String(csv.body(), StandardCharsets.UTF_8);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(text).contains("user.enabled.changed", agent.username());
        assertThat(records(fixtures.api(admin), "action=audit"))
                .anySatisfy(r -> assertThat(r.get("action").asString()).isEqualTo("audit.exported"));
    }

    @Test
    void thePageListsTheTrailInTheReadersLanguage() {
        fixtures.api(admin).patch("/api/v1/users/" + agent.id(), Map.of("enabled", false));
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");

        WebSession.Page page = session.get("/admin/audit?action=user");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#audit tbody tr")).isNotEmpty();
        assertThat(page.text()).contains("启用或停用用户", agent.username());
    }

    private List<JsonNode> records(Api api, String query) {
        Api.Response response = api.get("/api/v1/audit?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.get("items").valueStream().toList();
    }

    /** Does what an intruder with database access would: past the append-only trigger. */
    private void withoutTheGuard(Runnable change) {
        if (TestDatabase.isPostgres()) {
            jdbc.sql("alter table audit_record disable trigger audit_record_append_only")
                    .update();
            try {
                change.run();
            } finally {
                jdbc.sql("alter table audit_record enable trigger audit_record_append_only")
                        .update();
            }
        } else {
            jdbc.sql("drop trigger audit_record_append_only").update();
            try {
                change.run();
            } finally {
                jdbc.sql("create trigger audit_record_append_only before update, delete on audit_record"
                                + " for each row call 'io.loopdesk.shared.AppendOnlyTrigger'")
                        .update();
            }
        }
    }
}
