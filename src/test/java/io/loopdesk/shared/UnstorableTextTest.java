package io.loopdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Text no database stores (a NUL character, half a surrogate pair) is refused where people and clients send text,
 * naming the field and storing nothing, and cleaned, with a note, where it arrives in feedback from elsewhere.
 */
@IntegrationTest
class UnstorableTextTest {

    private static final String NUL = "NUL\u0000客户";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView agent;
    UserView supervisor;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
    }

    @Test
    void aTicketWithANulOrHalfASurrogatePairIsRefusedNamingTheField() {
        // as JSON escapes, the way a broken or probing client sends them
        for (String bad : new String[] {"NUL\\u0000客户", "半个表情 \\ud83d"}) {
            String body = fixtures.json(Fixtures.validTicketJson()).replace("上海某某科技有限公司", bad);

            Api.Response refused = fixtures.api(agent).postRaw("/api/v1/tickets", body);

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("customerName");
            assertThat(refused.get("errors").get(0).get("code").asString()).isEqualTo("request.text.unstorable");
        }
        assertThat(ticketsOfTenant()).isZero();
    }

    @Test
    void aMessageWithANulIsRefusedAndTheTicketKeepsItsMessages() {
        String number = fixtures.api(agent)
                .post("/api/v1/tickets", Fixtures.validTicketJson())
                .text("number");

        Api.Response refused = fixtures.api(agent)
                .post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "您好" + NUL));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("body");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/messages")
                        .json())
                .isEmpty();
    }

    @Test
    void aQueryParameterWithANulIsRefusedOnTheApiAndThePage() {
        String q = URLEncoder.encode(NUL, StandardCharsets.UTF_8);

        Api.Response api = fixtures.api(agent).get("/api/v1/tickets?q=" + q);
        WebSession.Page page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN")
                .get("/workspace?q=" + q);

        assertThat(api.status()).isEqualTo(400);
        assertThat(api.get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("无法保存的字符");
    }

    @Test
    void aFormWithANulIsRefusedInTheReadersLanguageAndStoresNothing() {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        session.get("/tickets/new");
        Map<String, String> form = new HashMap<>();
        form.put("customerName", NUL);
        form.put("contactPerson", "张伟");
        form.put("contact", "13812341234");
        form.put("product", "智能门锁 X2");
        form.put("urgency", "NORMAL");
        form.put("description", Fixtures.DESCRIPTION);

        WebSession.Page page = session.post("/tickets/new", form);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("customerName").contains("cannot be stored");
        assertThat(ticketsOfTenant()).isZero();
    }

    @Test
    void anImportedRecordIsCleanedAndTheReportSaysSo() {
        String lines = "{\"source\": \"WEIBO\", \"content\": \"直播间卡顿" + "\\u0000" + "，画面一直转圈，刷新也没用，"
                + "已经第三次了 \\ud83d\", \"time\": \"2026-11-20T21:03:00+08:00\", \"author\": \"微博用户\"}\n";

        Api.Response report = fixtures.api(supervisor)
                .postText("/api/v1/imports", "application/x-ndjson", lines.getBytes(StandardCharsets.UTF_8));

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("cleaned").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(report.get("cleaned").get(0).get("removedCharacters").asInt())
                .isEqualTo(2);
        assertThat(jdbc.sql("select description from ticket where tenant_id = ?")
                        .param(tenant.id())
                        .query(String.class)
                        .single())
                .startsWith("直播间卡顿，画面一直转圈")
                .doesNotContain("\u0000");
    }

    private long ticketsOfTenant() {
        return jdbc.sql("select count(*) from ticket where tenant_id = ?")
                .param(tenant.id())
                .query(Long.class)
                .single();
    }
}
