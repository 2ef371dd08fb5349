package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.testing.WebSession;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * A node whose database goes away (PostgreSQL refusing connections as during a restart; H2 served over TCP, its
 * server stopped) answers every request with a 503 to retry (a problem document on the API, the friendly page in
 * the reader's language on pages) and works again as soon as the database is back. The same node refuses an upload
 * beyond its request limit with a 413, not an empty body.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class DatabaseOutageTest {

    private static final String DATABASE = "outage";

    @Test
    void requestsDuringAnOutageAre503sAndWorkAgainAfterIt() throws Exception {
        Database database = TestDatabase.isPostgres() ? new Postgres() : new H2OverTcp();
        Map<String, Object> settings = new HashMap<>(database.settings());
        settings.put("spring.datasource.hikari.connection-timeout", "2000");
        settings.put("spring.servlet.multipart.max-request-size", "64KB");
        settings.put("spring.servlet.multipart.max-file-size", "64KB");
        try (ConfigurableApplicationContext node = TestNodes.startOn(settings)) {
            Fixtures fixtures = Fixtures.outside(node);
            UserView agent = fixtures.staff(fixtures.tenant(), Role.AGENT);
            Api api = fixtures.api(agent);
            String ticket =
                    api.post("/api/v1/tickets", Fixtures.validTicketJson()).text("number");
            WebSession browser = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");

            database.stop();
            try {
                Api.Response list = api.get("/api/v1/tickets");
                Api.Response create = api.post("/api/v1/tickets", Fixtures.validTicketJson());
                WebSession.Page page = browser.get("/workspace");

                assertThat(list.status()).isEqualTo(503);
                assertThat(list.isProblem()).isTrue();
                assertThat(list.headers().firstValue("Retry-After")).isPresent();
                assertThat(create.status()).isEqualTo(503);
                assertThat(create.text("detail")).contains("nothing was saved");
                assertThat(page.status()).isEqualTo(503);
                assertThat(page.text()).contains("暂时无法连接数据库");
            } finally {
                database.start();
            }
            // a second between tries: the pool checks a connection idle for more than half a second before lending it,
            // and so drops those the outage broke
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() ->
                            assertThat(api.get("/api/v1/tickets").status()).isEqualTo(200));
            assertThat(api.get("/api/v1/tickets/" + ticket).status()).isEqualTo(200);

            Api.Response tooLarge = api.multipart(
                    "/api/v1/tickets/" + ticket + "/attachments",
                    Map.of(),
                    List.of(new Api.FilePart("files", "big.txt", "text/plain", new byte[200 * 1024])));
            assertThat(tooLarge.status()).isEqualTo(413);
            assertThat(tooLarge.isProblem())
                    .as("%s %s", tooLarge.contentType(), tooLarge.body())
                    .isTrue();
            assertThat(tooLarge.text("detail")).contains("larger");

        } finally {
            database.close();
        }
    }

    private interface Database {
        Map<String, Object> settings();

        void stop() throws SQLException;

        void start() throws SQLException;

        default void close() {}
    }

    /** A restart as clients see it: connections cut and new ones refused, then allowed again. */
    private static final class Postgres implements Database {
        @Override
        public Map<String, Object> settings() {
            return TestDatabase.properties(DATABASE);
        }

        @Override
        public void stop() {
            TestDatabase.onServer("alter database " + TestDatabase.databaseName(DATABASE) + " allow_connections false");
            TestDatabase.onServer("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                    + TestDatabase.databaseName(DATABASE) + "'");
        }

        @Override
        public void start() {
            TestDatabase.onServer("alter database " + TestDatabase.databaseName(DATABASE) + " allow_connections true");
        }
    }

    /** H2 in server mode on its own port: stopping the server is the database going away. */
    private static final class H2OverTcp implements Database {
        private final Path directory = Path.of("target", "outage-h2").toAbsolutePath();
        private final int port;
        private Server server;

        H2OverTcp() throws Exception {
            FileSystemUtils.deleteRecursively(directory);
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            start();
        }

        @Override
        public Map<String, Object> settings() {
            return Map.of(
                    "spring.datasource.url",
                    "jdbc:h2:tcp://localhost:" + port + "/loopdesk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
                    "spring.datasource.username",
                    "sa",
                    "spring.datasource.password",
                    "");
        }

        @Override
        public void stop() {
            server.stop();
        }

        @Override
        public void start() throws SQLException {
            server = Server.createTcpServer(
                            "-tcpPort", Integer.toString(port), "-ifNotExists", "-baseDir", directory.toString())
                    .start();
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
