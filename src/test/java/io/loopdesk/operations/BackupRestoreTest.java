package io.loopdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.RequiresPostgresTools;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import tools.jackson.databind.JsonNode;

/**
 * A backup taken while Loopdesk runs, then changes, then a restore: users see again exactly what they saw at the
 * backup (tickets, history, messages, attachments' bytes, a hidden secret they can reveal, a mailbox whose password
 * still works), nothing of what came later. On H2 (file mode, {@code BACKUP TO}) and on PostgreSQL
 * ({@code pg_dump}/{@code pg_restore}), through the operator's endpoint and the restore command.
 */
@Tag("db")
@ExtendWith({RequiresDatabase.class, RequiresPostgresTools.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private static final String PASSWORD = Fixtures.PASSWORD;
    private static final String SECRET = "Abc@12345";

    private final GreenMail imap = new GreenMail(ServerSetupTest.IMAP.dynamicPort());
    private Path folder;
    private Place source;
    private Path archive;
    private Map<String, String> seenAtBackup;
    private String agent;
    private String admin;

    @BeforeAll
    void backUpThenChange() throws Exception {
        imap.start();
        imap.setUser("support@backup.example", "support", "imap-secret");
        folder = Files.createTempDirectory(Path.of("target"), "backup-test-");
        source = place("source");
        try (ConfigurableApplicationContext node = start(source)) {
            String base = baseUrl(node);
            String operator = people(node);
            Api agentApi = Api.basic(base, agent, PASSWORD);
            String first = open(agentApi, "我的密码是" + SECRET + "，" + Fixtures.DESCRIPTION);
            assertThat(agentApi.multipart(
                                    "/api/v1/tickets/" + first + "/attachments",
                                    Map.of(),
                                    List.of(new Api.FilePart("files", "截图.png", "image/png", TestFiles.png(20, 20))))
                            .status())
                    .isEqualTo(201);
            String second = open(agentApi, Fixtures.DESCRIPTION);
            assertThat(agentApi.patch("/api/v1/tickets/" + second, Map.of("title", "门锁无法联网"))
                            .status())
                    .isEqualTo(200);
            Api adminApi = Api.basic(base, admin, PASSWORD);
            assertThat(adminApi.post("/api/v1/mailboxes", mailbox()).status()).isEqualTo(201);
            BackgroundWork.of(node).settle();
            seenAtBackup = seen(base);

            assertThat(agentApi.post("/actuator/backup", Map.of()).status())
                    .as("platform operators only")
                    .isEqualTo(403);
            Api.Response backup = Api.basic(base, operator, PASSWORD).post("/actuator/backup", Map.of());
            assertThat(backup.status()).isEqualTo(200);
            archive = Path.of(backup.text("archive"));
            assertThat(archive).exists().startsWith(folder.resolve("backups"));
            assertThat(backup.get("keys").toString()).contains("mail-credential.key", "ticket-secret.key");
            assertThat(backup.get("warnings").isEmpty()).isTrue();
            assertThat(backup.get("attachments").asLong()).isEqualTo(1);

            open(agentApi, "备份之后才来的工单：" + Fixtures.DESCRIPTION);
            agentApi.patch("/api/v1/tickets/" + second, Map.of("title", "备份之后改的标题"));
            agentApi.multipart(
                    "/api/v1/tickets/" + second + "/attachments",
                    Map.of(),
                    List.of(new Api.FilePart("files", "later.png", "image/png", TestFiles.png(30, 30))));
            BackgroundWork.of(node).settle();
        }
        // a disk loses the first ticket's file after the backup
        try (Stream<Path> files = Files.walk(source.installation().attachments())) {
            Path lost = files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(source.installation().staging()))
                    .findFirst()
                    .orElseThrow();
            Files.delete(lost);
        }
    }

    @AfterAll
    void cleanUp() throws Exception {
        imap.stop();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Test
    void anOccupiedTargetOrADamagedArchiveIsRefusedAndNothingChanges() throws Exception {
        Snapshot before = Snapshot.of(source);

        Outcome occupied = restore(archive, source, false);
        assertThat(occupied.exit()).isEqualTo(1);
        assertThat(occupied.err()).contains("The target is not empty", "the database holds", "--replace");

        Path flipped = folder.resolve("flipped.zip");
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 3] ^= 0x5a;
        Files.write(flipped, bytes);
        Outcome damaged = restore(flipped, source, true);
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.err()).contains("is damaged", "Nothing was restored");

        Path truncated = folder.resolve("truncated.zip");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(archive), (int) Files.size(archive) / 2));
        Outcome cut = restore(truncated, source, true);
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.err()).contains("is damaged", "not a complete ZIP file");

        assertThat(Snapshot.of(source)).isEqualTo(before);
    }

    @Test
    void replacingTheInstallationBringsBackWhatUsersSawAtTheBackup() throws Exception {
        Outcome restored = restore(archive, source, true);
        assertThat(restored.exit()).as(restored.err()).isZero();

        try (ConfigurableApplicationContext node = start(source)) {
            assertSameAsAtBackup(baseUrl(node));
        }
    }

    @Test
    void aBackupRestoresOnANewMachine() throws Exception {
        Place newMachine = place("target");
        Outcome restored = restore(archive, newMachine, false);
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("Restored", "1 attachments");

        try (ConfigurableApplicationContext node = start(newMachine)) {
            assertSameAsAtBackup(baseUrl(node));
        }
    }

    private void assertSameAsAtBackup(String base) {
        assertThat(seen(base)).isEqualTo(seenAtBackup);
        Api agentApi = Api.basic(base, agent, PASSWORD);
        JsonNode tickets = agentApi.get("/api/v1/tickets?limit=50").get("items");
        assertThat(tickets.size())
                .as("the ticket opened after the backup is gone")
                .isEqualTo(2);
        String withSecret = number(tickets, 1);
        long secretId = agentApi.get("/api/v1/tickets/" + withSecret + "/secrets")
                .json()
                .get(0)
                .get("id")
                .asLong();
        assertThat(agentApi.post("/api/v1/tickets/" + withSecret + "/secrets/" + secretId + "/reveal", Map.of())
                        .text("secret"))
                .as("the restored key opens the hidden secret")
                .isEqualTo(SECRET);
        Api adminApi = Api.basic(base, admin, PASSWORD);
        long mailboxId =
                adminApi.get("/api/v1/mailboxes").json().get(0).get("id").asLong();
        assertThat(adminApi.post("/api/v1/mailboxes/" + mailboxId + "/test", Map.of())
                        .text("result"))
                .as("the restored key decrypts the mailbox password")
                .isEqualTo("OK");
    }

    /** What the agent and the admin see, field by field, attachments by the SHA-256 of the bytes downloaded. */
    private Map<String, String> seen(String base) {
        Api agentApi = Api.basic(base, agent, PASSWORD);
        Map<String, String> seen = new TreeMap<>();
        JsonNode tickets = agentApi.get("/api/v1/tickets?limit=50").get("items");
        for (int i = 0; i < tickets.size(); i++) {
            String number = tickets.get(i).get("number").asString();
            String path = "/api/v1/tickets/" + number;
            for (String part : List.of("", "/history", "/messages", "/attachments", "/secrets", "/progress")) {
                seen.put(number + part, agentApi.get(path + part).body());
            }
            JsonNode attachments = agentApi.get(path + "/attachments").json();
            for (int a = 0; a < attachments.size(); a++) {
                long id = attachments.get(a).get("id").asLong();
                seen.put(
                        number + "/attachments/" + id,
                        sha256(agentApi.download(path + "/attachments/" + id).body()));
            }
        }
        seen.put(
                "mailboxes",
                Api.basic(base, admin, PASSWORD).get("/api/v1/mailboxes").body());
        return seen;
    }

    private String people(ConfigurableApplicationContext node) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register(
                        "backup",
                        "Backup",
                        Plan.ENTERPRISE,
                        java.time.ZoneId.of("Asia/Shanghai"),
                        Locale.SIMPLIFIED_CHINESE));
        agent = staff(node, tenant, "backup-agent", Role.AGENT);
        admin = staff(node, tenant, "backup-admin", Role.TENANT_ADMIN);
        return staff(node, tenant, "backup-operator", Role.PLATFORM_OPERATOR);
    }

    private static String staff(ConfigurableApplicationContext node, TenantInfo tenant, String username, Role role) {
        TenantScope.asSystem(() -> node.getBean(UserAccounts.class)
                .create(
                        tenant.id(),
                        new NewUser(
                                username,
                                username,
                                username + "@backup.example",
                                null,
                                Set.of(role),
                                CustomerLevel.STANDARD),
                        PASSWORD));
        return username;
    }

    private static String open(Api agentApi, String description) {
        Map<String, Object> body = new LinkedHashMap<>(Fixtures.validTicketJson());
        body.put("description", description);
        Api.Response created = agentApi.post("/api/v1/tickets", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("number");
    }

    private Map<String, Object> mailbox() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("name", "Support");
        settings.put("address", "support@backup.example");
        settings.put("protocol", "IMAP");
        settings.put("host", "127.0.0.1");
        settings.put("port", imap.getImap().getPort());
        settings.put("username", "support");
        settings.put("password", "imap-secret");
        settings.put("folder", "INBOX");
        settings.put("smtpHost", "127.0.0.1");
        settings.put("smtpPort", 25);
        settings.put("smtpSecurity", "NONE");
        settings.put("enabled", false);
        return settings;
    }

    /** An installation of its own: a data folder (attachments, generated keys) and a database. */
    private record Place(String database, Map<String, Object> settings, Installation installation) {

        String[] arguments() {
            return settings.entrySet().stream()
                    .map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
        }
    }

    private Place place(String name) {
        Path dataDir = folder.resolve(name).toAbsolutePath();
        Map<String, Object> settings = new LinkedHashMap<>(
                TestDatabase.isPostgres()
                        ? TestDatabase.properties("backup_" + name)
                        : Map.of(
                                "spring.datasource.url",
                                "jdbc:h2:file:" + dataDir.resolve("db/loopdesk")
                                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                                "spring.datasource.username",
                                "sa",
                                "spring.datasource.password",
                                ""));
        settings.put("loopdesk.data-dir", dataDir.toString());
        settings.put("loopdesk.backup.directory", folder.resolve("backups").toString());
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("place", settings));
        return new Place("backup_" + name, settings, Installation.of(environment));
    }

    private static ConfigurableApplicationContext start(Place place) {
        Map<String, Object> settings = new LinkedHashMap<>(place.settings());
        // mailboxes are read and replies sent only when the test asks
        settings.put("loopdesk.mail.poll-interval", "PT24H");
        settings.put("loopdesk.mail.watch-interval", "PT24H");
        return TestNodes.start(place.database(), null, settings);
    }

    private static String baseUrl(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }

    private record Outcome(int exit, String out, String err) {}

    private static Outcome restore(Path archive, Place target, boolean replace) {
        List<String> arguments = new ArrayList<>(List.of(target.arguments()));
        arguments.addFirst(archive.toString());
        if (replace) {
            arguments.add("--replace");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RestoreCommand.run(
                arguments.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** What is on disk and in the database, to show that a refused restore changed nothing. */
    private record Snapshot(long tickets, Map<String, String> files) {

        static Snapshot of(Place place) throws Exception {
            Installation installation = place.installation();
            long tickets;
            try (Connection db = DriverManager.getConnection(
                            place.settings().get("spring.datasource.url").toString(),
                            place.settings().get("spring.datasource.username").toString(),
                            place.settings().get("spring.datasource.password").toString());
                    ResultSet rows = db.createStatement().executeQuery("select count(*) from ticket")) {
                rows.next();
                tickets = rows.getLong(1);
            }
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> all = Files.walk(installation.dataDir())) {
                for (Path file : all.filter(Files::isRegularFile)
                        .filter(f -> !f.toString().contains("/db/"))
                        .toList()) {
                    files.put(installation.dataDir().relativize(file).toString(), sha256(Files.readAllBytes(file)));
                }
            }
            return new Snapshot(tickets, files);
        }
    }

    private static String number(JsonNode tickets, int index) {
        return tickets.get(index).get("number").asString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
