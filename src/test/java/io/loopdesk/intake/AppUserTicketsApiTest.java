package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.TestFiles;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole loop inside a brand's app, over real HTTP with the app's key: the user's tickets, one ticket's public
 * conversation, answering with a screenshot, reopening, confirming by rating; nobody else's tickets.
 */
@IntegrationTest
class AppUserTicketsApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    TenantInfo tenant;
    UserView agent;
    String appKey;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        appKey = register(tenant, "Acme Home");
    }

    @Test
    void anAppListsItsUsersOwnTicketsOnlyAndNobodyElsesOpen() {
        String first = submit(appKey, "u-1", "门锁离线");
        String second = submit(appKey, "u-1", "指纹无法录入");
        String someoneElses = submit(appKey, "u-2", "电池耗电快");
        String otherApp = submit(register(tenant, "Acme Camera"), "u-1", "摄像头黑屏");
        String otherTenant = submit(register(fixtures.tenant(), "Other Brand"), "u-1", "别家的工单");

        Api app = fixtures.app(appKey);
        Api.Response mine = app.get("/api/v1/feedback/mine?userId=u-1");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(numbers(mine)).containsExactly(second, first);
        assertThat(mine.json().get(0).get("status").asString()).isEqualTo("NEW");
        assertThat(mine.json().get(0).get("title").asString()).isEqualTo("指纹无法录入");

        // another user's, another app's or another tenant's ticket is not found, whatever is asked of it
        for (String number : List.of(someoneElses, otherApp, otherTenant)) {
            assertThat(app.get("/api/v1/feedback/" + number + "?userId=u-1").status())
                    .isEqualTo(404);
            assertThat(app.post("/api/v1/feedback/" + number + "/replies?userId=u-1", Map.of("body", "喂？"))
                            .status())
                    .isEqualTo(404);
            assertThat(app.post("/api/v1/feedback/" + number + "/confirmation?userId=u-1", Map.of())
                            .status())
                    .isEqualTo(404);
        }
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + someoneElses + "/messages")
                        .body())
                .doesNotContain("喂？");

        // who is asking must be said; no key opens nothing
        Api.Response anonymous = app.get("/api/v1/feedback/mine");
        assertThat(anonymous.status()).isEqualTo(400);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.body()).contains("userId");
        assertThat(fixtures.anonymous().get("/api/v1/feedback/mine?userId=u-1").status())
                .isEqualTo(401);
    }

    @Test
    void theUserFollowsAnswersReopensAndRatesInTheApp() {
        String number = submit(appKey, "u-7", "门锁离线");
        Api staff = fixtures.api(agent);
        staff.put("/api/v1/tickets/" + number + "/assignee", Map.of("assigneeId", agent.id()));
        staff.post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "INTERNAL_NOTE", "body", "内部：疑似固件问题"));
        staff.post(
                "/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "您好，请问门锁固件版本是多少？"));
        assertThat(staff.post("/api/v1/tickets/" + number + "/status", Map.of("status", "WAITING_CUSTOMER"))
                        .status())
                .isEqualTo(200);

        Api app = fixtures.app(appKey);
        Api.Response read = app.get("/api/v1/feedback/" + number + "?userId=u-7");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.text("status")).isEqualTo("WAITING_CUSTOMER");
        assertThat(read.body()).contains("固件版本").doesNotContain("内部");

        // the user answers with a screenshot: the ticket is back with the team
        Api.Response answered = app.multipart(
                "/api/v1/feedback/" + number + "/replies?userId=u-7",
                Map.of("reply", fixtures.json(Map.of("body", "版本是 1.2.3，截图见附件"))),
                List.of(new Api.FilePart("files", "version.png", "image/png", TestFiles.png(30, 20))));
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.get("fromCustomer").asBoolean()).isTrue();
        assertThat(staff.get("/api/v1/tickets/" + number).text("status")).isEqualTo("IN_PROGRESS");
        assertThat(staff.get("/api/v1/tickets/" + number + "/attachments").body())
                .contains("version.png");
        Api.Response withFile = app.get("/api/v1/feedback/" + number + "?userId=u-7");
        long fileId = StreamSupport.stream(withFile.get("messages").spliterator(), false)
                .filter(m -> m.get("fromCustomer").asBoolean())
                .findFirst()
                .orElseThrow()
                .get("files")
                .get(0)
                .get("id")
                .asLong();
        assertThat(app.download("/api/v1/feedback/" + number + "/files/" + fileId + "?userId=u-7")
                        .body())
                .isEqualTo(TestFiles.png(30, 20));
        assertThat(app.post("/api/v1/feedback/" + number + "/replies?userId=u-7", Map.of("body", " "))
                        .status())
                .as("an empty answer is refused")
                .isEqualTo(400);

        // solved, the user says it is not: back to work with the reason
        staff.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        assertThat(app.get("/api/v1/feedback/" + number + "?userId=u-7")
                        .get("mayConfirm")
                        .asBoolean())
                .isTrue();
        Api.Response reopened =
                app.post("/api/v1/feedback/" + number + "/reopening?userId=u-7", Map.of("reason", "还是连不上"));
        assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
        assertThat(reopened.text("status")).isEqualTo("IN_PROGRESS");
        assertThat(staff.get("/api/v1/tickets/" + number + "/history").body()).contains("还是连不上");

        // solved again: rating confirms it; a rating without the short form or a second one is refused
        staff.post("/api/v1/tickets/" + number + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        Api.Response incomplete = app.post("/api/v1/feedback/" + number + "/rating?userId=u-7", Map.of("comment", "好"));
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("overall");
        assertThat(staff.get("/api/v1/tickets/" + number).text("status")).isEqualTo("AWAITING_CONFIRMATION");
        Api.Response rated = app.post(
                "/api/v1/feedback/" + number + "/rating?userId=u-7",
                Map.of("overall", "SATISFIED", "nps", 9, "comment", "换了路由器就好了"));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(staff.get("/api/v1/tickets/" + number).text("status")).isEqualTo("RESOLVED");
        assertThat(app.post("/api/v1/feedback/" + number + "/rating?userId=u-7", Map.of("overall", "SATISFIED"))
                        .status())
                .isEqualTo(409);
        Api.Response after = app.get("/api/v1/feedback/" + number + "?userId=u-7");
        assertThat(after.get("rating").get("scores").get("overall").asString()).isEqualTo("SATISFIED");
        assertThat(after.get("mayRate").asBoolean()).isFalse();
        assertThat(numbers(app.get("/api/v1/feedback/mine?userId=u-7"))).containsExactly(number);

        // another ticket the user confirms without rating it: solved, not rated, and no longer to confirm
        String confirmed = submit(appKey, "u-7", "门锁指纹识别慢");
        staff.put("/api/v1/tickets/" + confirmed + "/assignee", Map.of("assigneeId", agent.id()));
        staff.post("/api/v1/tickets/" + confirmed + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "请重新录入指纹。"));
        staff.post("/api/v1/tickets/" + confirmed + "/status", Map.of("status", "AWAITING_CONFIRMATION"));
        Api.Response confirmation = app.post("/api/v1/feedback/" + confirmed + "/confirmation?userId=u-7", Map.of());
        assertThat(confirmation.status()).as(confirmation.body()).isEqualTo(200);
        assertThat(staff.get("/api/v1/tickets/" + confirmed).text("status")).isEqualTo("RESOLVED");
        Api.Response afterConfirming = app.get("/api/v1/feedback/" + confirmed + "?userId=u-7");
        assertThat(afterConfirming.get("mayConfirm").asBoolean()).isFalse();
        assertThat(afterConfirming.get("mayRate").asBoolean()).isTrue();
        assertThat(app.post("/api/v1/feedback/" + confirmed + "/confirmation?userId=u-8", Map.of())
                        .status())
                .as("another user of the app")
                .isEqualTo(404);
        background.settle();
    }

    private String register(TenantInfo owner, String name) {
        UserView admin = fixtures.staff(owner, Role.TENANT_ADMIN);
        Api.Response registered =
                fixtures.api(admin).post("/api/v1/feedback-apps", Map.of("name", name, "product", "智能门锁 X2"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return registered.text("key");
    }

    private String submit(String key, String userId, String title) {
        Map<String, Object> feedback = new java.util.HashMap<>(FeedbackApiTest.feedback());
        feedback.put("userId", userId);
        feedback.put("title", title);
        Api.Response submitted = fixtures.app(key).post("/api/v1/feedback", feedback);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        return submitted.text("ticketNumber");
    }

    private static List<String> numbers(Api.Response list) {
        return StreamSupport.stream(list.json().spliterator(), false)
                .map(node -> node.get("number").asString())
                .toList();
    }
}
