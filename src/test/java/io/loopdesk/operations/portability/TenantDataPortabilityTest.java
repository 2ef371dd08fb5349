package io.loopdesk.operations.portability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.Sha256;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant admin exports all of the tenant's data as one ZIP of NDJSON and files, and that archive imported into an
 * empty database (a fresh one, migrated from nothing, H2 whichever database the source is) gives the same tickets,
 * messages, history, attachments and people; an archive that is damaged, cut short, not an archive, or of a tenant
 * already there is refused and leaves nothing behind.
 */
@IntegrationTest
class TenantDataPortabilityTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    @Autowired
    JdbcClient source;

    @Autowired
    JsonMapper json;

    @TempDir
    Path store;

    TenantInfo tenant;
    UserView admin;
    String number;
    byte[] screenshot;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView customer = fixtures.customer(tenant);
        number = fixtures.ticketOf(customer).number();
        fixtures.ticketOf(customer);
        assertThat(fixtures.api(agent)
                        .post("/api/v1/tickets/" + number + "/messages", Map.of("body", "请重启路由器后再试，谢谢。"))
                        .status())
                .isEqualTo(201);
        screenshot = TestFiles.png(60, 40);
        Api.Response uploaded = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + number + "/attachments",
                        Map.of("description", "报错截图"),
                        List.of(new Api.FilePart("files", "截图.png", "image/png", screenshot)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
    }

    @Test
    void anExportImportedIntoAnEmptyDatabaseGivesTheSameTickets() throws Exception {
        Api.Download archive = fixtures.api(admin).download("/api/v1/tenants/" + tenant.id() + "/export");
        assertThat(archive.status()).isEqualTo(200);
        assertThat(archive.headers().firstValue("Content-Type")).hasValue("application/zip");
        List<String> entries = entries(archive.body());
        assertThat(entries.getFirst()).isEqualTo("loopdesk-export.json");
        assertThat(entries.getLast()).isEqualTo("summary.json");
        assertThat(entries).anyMatch(e -> e.startsWith("files/"));
        assertThat(entries).anyMatch(e -> e.endsWith("-ticket.ndjson"));
        assertThat(entries).anyMatch(e -> e.endsWith("-ticket_message.ndjson"));
        assertThat(entries).anyMatch(e -> e.endsWith("-ticket_history.ndjson"));
        assertThat(entries).anyMatch(e -> e.endsWith("-app_user.ndjson"));
        assertThat(entries).noneMatch(e -> e.contains("spring_session") || e.contains("provider_grant"));

        JdbcDataSource empty = emptyDatabase();
        TenantImport.Result result = importer(empty).read(new ByteArrayInputStream(archive.body()));
        assertThat(result.tenantCode()).isEqualTo(tenant.code());
        assertThat(result.files()).isEqualTo(1);
        JdbcClient target = JdbcClient.create(empty);

        String tickets =
                "select number, title, description, status, requester_id, assignee_id from ticket where tenant_id = ? order by number";
        assertThat(rows(target, tickets)).isEqualTo(rows(source, tickets)).hasSize(2);
        String messages =
                "select m.body, m.kind, m.author_name from ticket_message m where m.tenant_id = ? order by m.id";
        assertThat(rows(target, messages)).isEqualTo(rows(source, messages)).isNotEmpty();
        assertThat(rows(target, messages).toString()).contains("请重启路由器后再试");
        String history =
                "select field, old_value, new_value, actor_name from ticket_history where tenant_id = ? order by id";
        assertThat(rows(target, history)).isEqualTo(rows(source, history)).isNotEmpty();
        String users =
                "select username, display_name, password_hash, enabled from app_user where tenant_id = ? order by username";
        assertThat(rows(target, users)).isEqualTo(rows(source, users)).hasSize(3);
        for (String table : List.of("ticket_attachment", "ticket_progress", "app_user_role", "sla_clock", "rating")) {
            assertThat(count(target, table)).as(table).isEqualTo(count(source, table));
        }

        assertThat(count(target, "audit_record"))
                .as("the trail up to the export, which is recorded after it")
                .isEqualTo(count(source, "audit_record") - 1);

        String key = target.sql("select storage_key from ticket_attachment where tenant_id = ?")
                .param(tenant.id())
                .query(String.class)
                .single();
        byte[] restored = Files.readAllBytes(store.resolve(key));
        assertThat(restored).isEqualTo(screenshot);
        assertThat(target.sql("select sha256 from ticket_attachment where tenant_id = ?")
                        .param(tenant.id())
                        .query(String.class)
                        .single())
                .isEqualTo(Sha256.hex(screenshot));

        long nextTicketId =
                target.sql("select nextval('ticket_seq')").query(Long.class).single();
        long highestTicketId =
                target.sql("select max(id) from ticket").query(Long.class).single();
        assertThat(nextTicketId)
                .as("new tickets get ids past the imported ones")
                .isGreaterThan(highestTicketId);

        assertThatThrownBy(() -> importer(empty).read(new ByteArrayInputStream(archive.body())))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("is already here");
        assertThat(count(target, "ticket")).isEqualTo(2);
        assertThat(Files.list(store).count())
                .as("the refused import's files are removed")
                .isEqualTo(1);
    }

    @Test
    void aDamagedOrForeignArchiveIsRefusedAndLeavesNothing() throws Exception {
        byte[] archive = fixtures.api(admin)
                .download("/api/v1/tenants/" + tenant.id() + "/export")
                .body();
        JdbcDataSource empty = emptyDatabase();

        byte[] cut = Arrays.copyOf(archive, archive.length * 2 / 3);
        assertThatThrownBy(() -> importer(empty).read(new ByteArrayInputStream(cut)))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageMatching("The archive (is damaged|is cut short).*");
        assertThatThrownBy(() -> importer(empty).read(new ByteArrayInputStream("not a zip".getBytes())))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("not a Loopdesk tenant export");
        assertThat(count(JdbcClient.create(empty), "tenant")).isZero();
        assertThat(count(JdbcClient.create(empty), "ticket")).isZero();
        assertThat(Files.list(store).count()).isZero();

        Api.Response refused = fixtures.api(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR))
                .postText("/api/v1/tenants/import", "application/zip", cut);
        assertThat(refused.status()).as("its tenant is here already").isEqualTo(409);
        assertThat(refused.body()).contains("is already here");
        assertThat(fixtures.api(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR))
                        .postText("/api/v1/tenants/import", "application/zip", "not a zip".getBytes())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void onlyTheTenantsAdminAndAnAuthorisedOperatorExport() {
        UserView otherAdmin = fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN);
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        String path = "/api/v1/tenants/" + tenant.id() + "/export";
        assertThat(fixtures.api(otherAdmin).download(path).status()).isEqualTo(404);
        assertThat(fixtures.api(operator).download(path).status())
                .as("no hosting authorisation")
                .isEqualTo(404);
        assertThat(fixtures.api(fixtures.staff(tenant, Role.SUPERVISOR))
                        .download(path)
                        .status())
                .isEqualTo(403);
        tenants.authoriseHosting(tenant.id(), "合同 HT-9");
        assertThat(fixtures.api(operator).download(path).status()).isEqualTo(200);

        WebSession page = fixtures.pages(admin);
        assertThat(page.get("/admin/export").text()).contains("Export all data", "Download the archive");
        Api.Download download = page.download("/admin/export/download");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("loopdesk-" + tenant.code());
        assertThat(fixtures.api(operator)
                        .get("/api/v1/audit?tenant=" + tenant.id() + "&action=tenant.exported")
                        .get("items")
                        .size())
                .isEqualTo(2);
    }

    private JdbcDataSource emptyDatabase() {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:import-" + DATABASES.incrementAndGet() + "-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        return database;
    }

    private TenantImport importer(JdbcDataSource database) {
        return new TenantImport(
                database,
                new TenantImport.FileStore() {
                    @Override
                    public String put(InputStream content) throws IOException {
                        String key = UUID.randomUUID().toString();
                        Files.write(store.resolve(key), content.readAllBytes());
                        return key;
                    }

                    @Override
                    public void delete(String key) {
                        try {
                            Files.deleteIfExists(store.resolve(key));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                },
                json);
    }

    private List<Map<String, Object>> rows(JdbcClient database, String sql) {
        return database.sql(sql).param(tenant.id()).query().listOfRows();
    }

    private long count(JdbcClient database, String table) {
        String where = switch (table) {
            case "tenant" -> " where id = ?";
            case "app_user_role" -> " where user_id in (select id from app_user where tenant_id = ?)";
            default -> " where tenant_id = ?";
        };
        return database.sql("select count(*) from " + table + where)
                .param(tenant.id())
                .query(Long.class)
                .single();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
