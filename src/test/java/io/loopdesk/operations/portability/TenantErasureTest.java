package io.loopdesk.operations.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.CheckedFiles;
import io.loopdesk.ticket.TestFiles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An operator deletes a suspended tenant's data: scheduled on the console, it waits the waiting period and can be
 * cancelled meanwhile; on the day every row of the tenant (history and audit trail included), the tenant and its
 * files are gone, other tenants untouched, and the platform's trail keeps the record. An active tenant's data is
 * never deleted, and reactivating a tenant stops a scheduled deletion.
 */
@IntegrationTest
class TenantErasureTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Autowired
    CheckedFiles files;

    TenantInfo tenant;
    TenantInfo neighbour;
    UserView operator;
    String number;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        neighbour = fixtures.tenant();
        operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        UserView customer = fixtures.customer(tenant);
        number = fixtures.ticketOf(customer).number();
        Api.Response uploaded = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + number + "/attachments",
                        Map.of(),
                        List.of(new Api.FilePart("files", "截图.png", "image/png", TestFiles.png(30, 20))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        fixtures.ticketOf(fixtures.customer(neighbour));
    }

    @Test
    void aSuspendedTenantsDataGoesAfterTheWaitingPeriodAndOnlyItsData() throws Exception {
        WebSession console = fixtures.pages(operator);
        String page = "/platform/tenants/" + tenant.code() + "/erasure";
        WebSession.Page active = console.get(page);
        assertThat(active.text()).contains("The tenant is active: suspend it before its data can be deleted.");
        assertThat(console.post(page, Map.of()).text())
                .contains("Only a suspended tenant's data can be deleted: suspend it first.");

        tenants.suspend(tenant.id(), "合同到期未续约", operator.tenantId());
        console.get(page);
        WebSession.Page scheduled = console.post(page, Map.of());
        assertThat(scheduled.text()).contains("The deletion is scheduled.", "Deletion of all data scheduled for");
        assertThat(console.post(page, Map.of()).text()).contains("The deletion is already scheduled.");
        assertThat(console.post(page + "/cancel", Map.of()).text()).contains("Nothing will be deleted.");
        console.post(page, Map.of());
        String key = jdbc.sql("select storage_key from ticket_attachment where tenant_id = ?")
                .param(tenant.id())
                .query(String.class)
                .single();
        long neighbourRows = rows(neighbour, "ticket") + rows(neighbour, "ticket_history");

        background.advance(clock, Duration.ofDays(29));
        assertThat(rows(tenant, "ticket")).as("not before its day").isEqualTo(1);

        background.advance(clock, Duration.ofDays(1).plusHours(1));
        for (String table : List.of(
                "ticket",
                "ticket_message",
                "ticket_history",
                "ticket_attachment",
                "app_user",
                "audit_record",
                "sla_clock")) {
            assertThat(rows(tenant, table)).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from tenant where id = ?")
                        .param(tenant.id())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(tenants.byId(tenant.id())).isEmpty();
        assertThatThrownBy(() -> files.open(key).close())
                .as("its files are gone")
                .isInstanceOf(Exception.class);
        assertThat(rows(neighbour, "ticket") + rows(neighbour, "ticket_history"))
                .isEqualTo(neighbourRows);
        assertThat(jdbc.sql("select erased_at is not null from tenant_erasure where tenant_id = ?")
                        .param(tenant.id())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(fixtures.api(operator)
                        .get("/api/v1/audit?action=tenant.erased&tenant=0")
                        .body())
                .contains(tenant.code());
        assertThat(console.get("/platform/tenants/" + tenant.code()).status()).isEqualTo(404);
    }

    @Test
    void reactivatingTheTenantStopsAScheduledDeletion() {
        tenants.suspend(tenant.id(), "欠费", operator.tenantId());
        WebSession console = fixtures.pages(operator);
        String page = "/platform/tenants/" + tenant.code() + "/erasure";
        console.get(page);
        console.post(page, Map.of());
        tenants.reactivate(tenant.id());

        background.advance(clock, Duration.ofDays(31));
        assertThat(rows(tenant, "ticket")).isEqualTo(1);
        assertThat(console.get(page).text()).contains("The last scheduled deletion was cancelled");
        assertThat(fixtures.api(operator)
                        .get("/api/v1/audit?tenant=" + tenant.id() + "&action=tenant.erasure")
                        .body())
                .contains("tenant.erasure.scheduled", "tenant.erasure.cancelled");
    }

    private long rows(TenantInfo owner, String table) {
        return jdbc.sql("select count(*) from " + table + " where tenant_id = ?")
                .param(owner.id())
                .query(Long.class)
                .single();
    }
}
