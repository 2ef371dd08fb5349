package io.loopdesk.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Staff notices reach the staff group chats through their WeCom, DingTalk and Feishu robots, each message in its
 * vendor's documented format and signature (checked here by a local receiver that computes the signatures as each
 * vendor's documentation says), the people concerned @-mentioned; a critical ticket alerts the team lead at once.
 * A robot that refuses is in the delivery log with the vendor's answer; bad settings are refused by field.
 */
@IntegrationTest
class ImRobotsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Posted> posted = new CopyOnWriteArrayList<>();
    private static final HttpServer vendors = start();

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    Tickets tickets;

    @Autowired
    UserAccounts users;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    Api admin;

    record Posted(String path, Map<String, String> query, JsonNode body) {}

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN));
    }

    @AfterAll
    static void stop() {
        vendors.stop(0);
    }

    @Test
    void aCriticalTicketAlertsTheTeamLeadInEveryGroupInItsVendorsFormat() throws Exception {
        String prefix = "/t" + tenant.id();
        add("售后一组", "WECOM", url(prefix + "/cgi-bin/webhook/send?key=wecom-key"), null);
        add("钉钉值班群", "DINGTALK", url(prefix + "/robot/send?access_token=ding-token"), "SECding");
        add("飞书值班群", "FEISHU", url(prefix + "/open-apis/bot/v2/hook/abc"), "feishu-secret");
        UserView lead = fixtures.staff(tenant, Role.SUPERVISOR);
        TenantScope.asSystem(() -> users.changeProfile(
                lead.id(), lead.displayName(), lead.email(), "13912345678", CustomerLevel.STANDARD));
        UserView agent = fixtures.staff(tenant, Role.AGENT);

        TicketView critical = tickets.open(
                tenant.id(),
                Channel.PHONE,
                Fixtures.validTicket()
                        .urgency(Urgency.CRITICAL)
                        .title("全线门锁无法开门")
                        .build(),
                Fixtures.actor(agent));
        assertThat(critical.urgency()).isEqualTo(Urgency.CRITICAL);
        background.settle();

        Posted weCom = only(prefix + "/cgi-bin/webhook/send");
        assertThat(weCom.query()).containsEntry("key", "wecom-key");
        assertThat(weCom.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(weCom.body().get("text").get("content").asString()).contains("紧急工单", critical.number(), "全线门锁无法开门");
        assertThat(weCom.body().get("text").get("mentioned_mobile_list").get(0).asString())
                .isEqualTo("13912345678");

        Posted dingTalk = only(prefix + "/robot/send");
        assertThat(dingTalk.query()).containsEntry("access_token", "ding-token");
        String timestamp = dingTalk.query().get("timestamp");
        assertThat(dingTalk.query().get("sign"))
                .as("钉钉加签: Base64(HmacSHA256(secret, timestamp + \\n + secret))")
                .isEqualTo(hmac("SECding", timestamp + "\n" + "SECding"));
        assertThat(dingTalk.body().get("msgtype").asString()).isEqualTo("text");
        assertThat(dingTalk.body().get("text").get("content").asString()).contains(critical.number(), "@13912345678");
        assertThat(dingTalk.body().get("at").get("atMobiles").get(0).asString()).isEqualTo("13912345678");

        Posted feishu = only(prefix + "/open-apis/bot/v2/hook/abc");
        String seconds = feishu.body().get("timestamp").asString();
        assertThat(Long.parseLong(seconds)).as("seconds, not milliseconds").isLessThan(10_000_000_000L);
        assertThat(feishu.body().get("sign").asString())
                .as("飞书签名校验: Base64(HmacSHA256(key = timestamp + \\n + secret, empty message))")
                .isEqualTo(hmacOfNothing(seconds + "\n" + "feishu-secret"));
        assertThat(feishu.body().get("msg_type").asString()).isEqualTo("text");
        assertThat(feishu.body().get("content").get("text").asString()).contains(critical.number());

        assertThat(fixtures.api(lead).get("/api/v1/notifications").body())
                .as("and in the team lead's own notices")
                .contains(critical.number());
    }

    @Test
    void aRobotThatRefusesIsGivenUpWithTheVendorsAnswer() {
        long id = add("错误的群", "WECOM", url("/t" + tenant.id() + "/refuse/cgi-bin/webhook/send?key=wrong"), null);
        long notification = admin.post("/api/v1/im-robots/" + id + "/test", Map.of())
                .get("notificationId")
                .asLong();
        background.settle();
        Map<String, Object> row = jdbc.sql("select status, attempts, last_error from notification where id = ?")
                .param(notification)
                .query()
                .singleRow();
        assertThat(row.get("status")).as("a wrong key is not tried again").isEqualTo("FAILED");
        assertThat(((Number) row.get("attempts")).intValue()).isEqualTo(1);
        assertThat((String) row.get("last_error")).contains("93000", "invalid webhook url");
    }

    @Test
    void badSettingsAreRefusedByFieldAndOthersCannotTouchThem() {
        Api.Response noVendor = admin.post("/api/v1/im-robots", Map.of("name", "群", "url", "https://example.com/x"));
        assertThat(noVendor.status()).isEqualTo(400);
        assertThat(noVendor.body()).contains("\"field\":\"vendor\"");
        Map<String, Object> badUrl =
                new HashMap<>(Map.of("name", "群", "vendor", "FEISHU", "url", "ftp://example.com/x"));
        assertThat(admin.post("/api/v1/im-robots", badUrl).body()).contains("\"field\":\"url\"");
        Map<String, Object> weComSecret =
                new HashMap<>(Map.of("name", "群", "vendor", "WECOM", "url", "https://example.com/x", "secret", "s"));
        assertThat(admin.post("/api/v1/im-robots", weComSecret).body()).contains("\"field\":\"secret\"");
        assertThat(admin.postRaw("/api/v1/im-robots", "{\"name\":\"群\",\"vendor\":\"QQ\",\"url\":\"https://e.com\"}")
                        .status())
                .isEqualTo(400);
        assertThat(admin.get("/api/v1/im-robots").json()).isEmpty();

        long id = add("群", "DINGTALK", "https://oapi.dingtalk.com/robot/send?access_token=secret-token", null);
        assertThat(admin.get("/api/v1/im-robots").json().get(0).get("url").asString())
                .as("the token in the address is not shown")
                .isEqualTo("https://oapi.dingtalk.com/robot/send?…");
        assertThat(fixtures.api(fixtures.staff(tenant, Role.AGENT))
                        .get("/api/v1/im-robots")
                        .status())
                .isEqualTo(403);
        Api stranger = fixtures.api(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        assertThat(stranger.delete("/api/v1/im-robots/" + id).status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/im-robots/" + id).status()).isEqualTo(204);
    }

    private long add(String name, String vendor, String url, String secret) {
        Map<String, Object> robot = new HashMap<>(Map.of("name", name, "vendor", vendor, "url", url));
        if (secret != null) {
            robot.put("secret", secret);
        }
        Api.Response added = admin.post("/api/v1/im-robots", robot);
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.get("id").asLong();
    }

    private static Posted only(String path) {
        List<Posted> at = posted.stream().filter(p -> p.path().equals(path)).toList();
        assertThat(at).as("posts to " + path).hasSize(1);
        return at.getFirst();
    }

    private static String url(String pathAndQuery) {
        return "http://127.0.0.1:" + vendors.getAddress().getPort() + pathAndQuery;
    }

    private static String hmac(String key, String message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hmacOfNothing(String key) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(new byte[0]));
    }

    /** Answers as each vendor does: WeCom and DingTalk with errcode, Feishu with code; "/refuse" as WeCom refusing. */
    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                Map<String, String> query = new HashMap<>();
                String raw = exchange.getRequestURI().getRawQuery();
                if (raw != null) {
                    for (String pair : raw.split("&")) {
                        String[] kv = pair.split("=", 2);
                        query.put(kv[0], URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
                    }
                }
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                posted.add(new Posted(path, query, JSON.readTree(body)));
                String answer = path.contains("/refuse/")
                        ? "{\"errcode\":93000,\"errmsg\":\"invalid webhook url\"}"
                        : path.contains("/open-apis/")
                                ? "{\"code\":0,\"msg\":\"success\"}"
                                : "{\"errcode\":0,\"errmsg\":\"ok\"}";
                byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
