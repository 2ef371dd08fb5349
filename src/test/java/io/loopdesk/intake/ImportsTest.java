package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Imports over real HTTP: each record a ticket of its source's channel with its original time, a bad record
 * reported by its line while the rest import, and a second import of the same records creating nothing.
 */
@IntegrationTest
class ImportsTest {

    static final String JSONL = """
            {"source":"LIVE_ROOM","content":"主播，直播间一直卡顿，画面停在两秒前，刷新了也没用","time":"2026-11-20T20:15:30+08:00","author":"小鱼儿","liveRoomId":"LR-8848","originalId":"c-1001"}
            {"source":"WEIBO","content":"@Acme智能家居 门锁又离线了，客服电话打不通","time":"2026-11-20 21:03:00","author":"微博用户甲","authorLink":"https://weibo.com/u/123456"}
            {"source":"WEIBO","content": 不是合法的 JSON}
            {"source":"SPACESHIP","content":"未知来源","time":"2026-11-20T10:00:00Z"}
            {"source":"FORUM","content":"论坛帖子：固件 1.2.3 升级后指纹识别失灵","time":"1763640000","orderNumber":"SO-2026-77"}

            {"source":"QQ_GROUP","content":"群里有人说充值没到账","time":"2026-11-21T09:00:00+08:00"}
            """;

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView supervisor;
    Api api;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        api = fixtures.api(supervisor);
    }

    @Test
    void jsonLinesImportReportsTheBadLinesAndImportsTheRestOnce() {
        Api.Response first = api.postText("/api/v1/imports", "application/x-ndjson", utf8(JSONL));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.get("created").asInt()).isEqualTo(4);
        assertThat(first.get("duplicates").asInt()).isZero();
        assertThat(first.get("rejected").asInt()).isEqualTo(2);
        JsonNode rejections = first.get("rejections");
        assertThat(rejections.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejections.get(0).get("reason").asString()).contains("not valid JSON");
        assertThat(rejections.get(1).get("line").asInt()).isEqualTo(4);
        assertThat(rejections.get(1).get("reason").asString()).contains("Unknown source 'SPACESHIP'");

        JsonNode live = only("LIVE_ROOM");
        assertThat(live.get("channel").asString()).isEqualTo("LIVE_ROOM");
        JsonNode ticket =
                api.get("/api/v1/tickets/" + live.get("number").asString()).json();
        assertThat(ticket.get("description").asString()).startsWith("主播，直播间一直卡顿");
        assertThat(ticket.get("firstReceivedAt").asString()).isEqualTo("2026-11-20T12:15:30Z");
        assertThat(ticket.get("links").get("liveRoomId").asString()).isEqualTo("LR-8848");
        assertThat(ticket.get("customerName").asString()).isEqualTo("小鱼儿");
        assertThat(only("OUTSIDE_SITE").get("channel").asString()).isEqualTo("OUTSIDE_SITE");
        assertThat(tickets("SOCIAL_MEDIA").size()).isEqualTo(2);

        Api.Response again = api.postText("/api/v1/imports", "application/x-ndjson", utf8(JSONL));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4);
        assertThat(again.get("rejected").asInt()).isEqualTo(2);
        assertThat(tickets("LIVE_ROOM", "SOCIAL_MEDIA", "OUTSIDE_SITE").size()).isEqualTo(4);
    }

    @Test
    void csvWithABomChineseTextAndQuotedLineBreaksImportsOnceEvenOverlapping() {
        String csv = "\uFEFF来源,内容,时间,账号,账号链接,直播间,订单号\r\n"
                + "LIVE_ROOM,\"弹幕：画面黑屏了，\"\"主播\"\"听不到声音\r\n第二行说明\",2026-11-22 19:30:00,观众A,,LR-1,\r\n"
                + "WECHAT_OA,公众号留言：退款三天了还没到,2026-11-22 10:00,用户B,https://mp.weixin.qq.com/x,,SO-1\r\n"
                + "WEIBO,只有三列,2026-11-22\r\n"
                + "MEDIA,媒体报道：某型号摄像头夜视失效,2026/11/22 8:05,记者C,https://news.example.com/a,,\r\n";
        Api.Response first = api.postText("/api/v1/imports", "text/csv; charset=utf-8", utf8(csv));

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.get("created").asInt()).isEqualTo(3);
        assertThat(first.get("rejected").asInt()).isEqualTo(1);
        assertThat(first.get("rejections").get(0).get("line").asInt())
                .as("the line the bad record starts on, counting the quoted line break")
                .isEqualTo(5);
        JsonNode live = api.get(
                        "/api/v1/tickets/" + only("LIVE_ROOM").get("number").asString())
                .json();
        assertThat(live.get("description").asString()).isEqualTo("弹幕：画面黑屏了，\"主播\"听不到声音\r\n第二行说明");

        String overlapping = "source,content,time,author\n"
                + "MEDIA,媒体报道：某型号摄像头夜视失效,2026-11-22T08:05:00+08:00,记者C\n"
                + "DOUYIN,抖音评论：下单后一直不发货,2026-11-23T08:00:00+08:00,抖音用户D\n";
        Api.Response second = api.postText("/api/v1/imports?format=csv", "text/plain", utf8(overlapping));
        assertThat(second.get("created").asInt()).isEqualTo(1);
        assertThat(second.get("duplicates").asInt())
                .as("the same media record, told by another file")
                .isEqualTo(1);
        assertThat(tickets("LIVE_ROOM", "SOCIAL_MEDIA", "OUTSIDE_SITE").size()).isEqualTo(4);

        Api.Response again = api.postText("/api/v1/imports", "text/csv", utf8(csv));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(3);
    }

    @Test
    void aFileThatCannotBeReadIsRefusedWholeAndChangesNothing() {
        Api.Response gbk = api.postText(
                "/api/v1/imports",
                "text/csv",
                "source,content,time\nWEIBO,门锁离线,2026-11-22 10:00\n".getBytes(Charset.forName("GBK")));
        assertThat(gbk.status()).isEqualTo(400);
        assertThat(gbk.text("detail")).contains("not UTF-8");

        Api.Response unknownColumn = api.postText(
                "/api/v1/imports", "text/csv", utf8("source,content,time,mood\nWEIBO,x,2026-11-22,happy\n"));
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.text("detail")).contains("Unknown column 'mood'");

        Api.Response noFormat = api.postText("/api/v1/imports", "text/plain", utf8("{}"));
        assertThat(noFormat.status()).isEqualTo(400);
        assertThat(noFormat.text("detail")).contains("format");

        Api.Response agent = fixtures.api(fixtures.staff(tenant, Role.AGENT))
                .postText("/api/v1/imports", "application/x-ndjson", utf8(JSONL));
        assertThat(agent.status()).isEqualTo(403);
        assertThat(tickets("LIVE_ROOM", "SOCIAL_MEDIA", "OUTSIDE_SITE").size()).isZero();
    }

    @Test
    void aFileCanBeUploadedAsAMultipartPart() {
        Api.Response uploaded = api.multipart(
                "/api/v1/imports",
                Map.of(),
                List.of(new Api.FilePart("file", "comments.jsonl", "application/octet-stream", utf8(JSONL))));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.get("created").asInt()).isEqualTo(4);
    }

    private JsonNode only(String channel) {
        JsonNode items = tickets(channel);
        assertThat(items.size()).as(channel).isEqualTo(1);
        return items.get(0);
    }

    private JsonNode tickets(String... channels) {
        String query = String.join(
                "&", java.util.Arrays.stream(channels).map(c -> "channel=" + c).toList());
        return api.get("/api/v1/tickets?limit=200&" + query).get("items");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
