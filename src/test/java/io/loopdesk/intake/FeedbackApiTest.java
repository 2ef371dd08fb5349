package io.loopdesk.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.Race;
import io.loopdesk.ticket.TestFiles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A brand's app submits feedback with its key over real HTTP: once per idempotency key, whatever happens. */
@IntegrationTest
class FeedbackApiTest {

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView admin;
    UserView agent;
    String appKey;
    long appId;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        agent = fixtures.staff(tenant, Role.AGENT);
        Api.Response registered =
                fixtures.api(admin).post("/api/v1/feedback-apps", Map.of("name", "Acme Home", "product", "智能门锁 X2"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        appKey = registered.text("key");
        appId = registered.get("app").get("id").asLong();
    }

    static Map<String, Object> feedback() {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", "u-10086");
        body.put("contact", "13812345678");
        body.put("contactName", "王女士");
        body.put("device", Map.of("os", "Android 14", "model", "Pixel 8", "appVersion", "3.2.1"));
        body.put("region", "杭州");
        body.put("type", "FAULT");
        body.put("title", "门锁离线");
        body.put("description", Fixtures.DESCRIPTION);
        body.put("links", Map.of("orderNumber", "SO-2026-0001"));
        return body;
    }

    @Test
    void anAppSubmitsFeedbackAndGetsItsTicketNumber() {
        Api.Response submitted = fixtures.app(appKey).post("/api/v1/feedback", feedback());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String number = submitted.text("ticketNumber");
        assertThat(number).matches("\\d{6}-\\d{6,}");
        Api.Response ticket = fixtures.api(agent).get("/api/v1/tickets/" + number);
        assertThat(ticket.text("channel")).isEqualTo("APP");
        assertThat(ticket.text("externalUserId")).isEqualTo("u-10086");
        assertThat(ticket.text("product")).as("the app's product").isEqualTo("智能门锁 X2");
        assertThat(ticket.get("device").get("model").asString()).isEqualTo("Pixel 8");
        assertThat(ticket.text("location")).isEqualTo("杭州");
        assertThat(ticket.get("links").get("orderNumber").asString()).isEqualTo("SO-2026-0001");
        assertThat(ticket.text("phone")).isEqualTo("13812345678");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/history")
                        .body())
                .as("the history names the app")
                .contains("Acme Home");
    }

    @Test
    void filesComeWithTheFeedbackAndABadFileRefusesAll() {
        String json = fixtures.json(feedback());
        Api.Response withFiles = fixtures.app(appKey)
                .multipart(
                        "/api/v1/feedback",
                        Map.of("feedback", json),
                        List.of(
                                new Api.FilePart("files", "screen.png", "image/png", TestFiles.png(30, 20)),
                                new Api.FilePart("files", "record.mp4", "video/mp4", TestFiles.mp4())));
        assertThat(withFiles.status()).as(withFiles.body()).isEqualTo(201);
        String number = withFiles.text("ticketNumber");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/attachments")
                        .body())
                .contains("screen.png", "image/png", "record.mp4", "video/mp4");

        int before = appTickets();
        Api.Response refused = fixtures.app(appKey)
                .withHeader("Idempotency-Key", UUID.randomUUID().toString())
                .multipart(
                        "/api/v1/feedback",
                        Map.of("feedback", json),
                        List.of(new Api.FilePart("files", "photo.png", "image/png", TestFiles.exe())));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("photo.png", "program or script");
        assertThat(appTickets()).as("no ticket for a refused submission").isEqualTo(before);
    }

    @Test
    void aWrongMissingRotatedOrRevokedKeyIsRefused() {
        assertThat(fixtures.anonymous().post("/api/v1/feedback", feedback()).status())
                .isEqualTo(401);
        Api.Response wrong = fixtures.app("lda_" + "x".repeat(43)).post("/api/v1/feedback", feedback());
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.isProblem()).isTrue();
        assertThat(fixtures.api(agent).post("/api/v1/feedback", feedback()).status())
                .as("a person's password does not open the app door")
                .isEqualTo(401);

        Api.Response rotated = fixtures.api(admin).post("/api/v1/feedback-apps/" + appId + "/key", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        String newKey = rotated.text("key");
        assertThat(fixtures.app(appKey).post("/api/v1/feedback", feedback()).status())
                .as("the old key stops at once")
                .isEqualTo(401);
        assertThat(fixtures.app(newKey).post("/api/v1/feedback", feedback()).status())
                .isEqualTo(201);

        assertThat(fixtures.api(admin).delete("/api/v1/feedback-apps/" + appId).status())
                .isEqualTo(200);
        assertThat(fixtures.app(newKey).post("/api/v1/feedback", feedback()).status())
                .isEqualTo(401);
        assertThat(fixtures.api(agent)
                        .post("/api/v1/feedback-apps", Map.of("name", "x"))
                        .status())
                .as("only tenant admins manage apps")
                .isEqualTo(403);
        assertThat(fixtures.api(admin).get("/api/v1/feedback-apps").body()).doesNotContain(newKey);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheSameTicket() {
        Api app = fixtures.app(appKey)
                .withHeader("Idempotency-Key", UUID.randomUUID().toString());
        Api.Response first = app.post("/api/v1/feedback", feedback());
        Api.Response retry = app.post("/api/v1/feedback", feedback());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.text("ticketNumber")).isEqualTo(first.text("ticketNumber"));
        assertThat(retry.get("replayed").asBoolean()).isTrue();

        Map<String, Object> different = feedback();
        different.put("title", "另一个问题");
        Api.Response reused = app.post("/api/v1/feedback", different);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.text("detail")).contains("Idempotency-Key", first.text("ticketNumber"));
        assertThat(appTickets()).isEqualTo(1);
    }

    @Test
    void twoIdenticalRequestsRacingMakeOneTicket() {
        for (int round = 0; round < 3; round++) {
            Api app = fixtures.app(appKey).withHeader("Idempotency-Key", "race-" + round + "-" + UUID.randomUUID());
            List<Api.Response> answers = Race.of(4, i -> app.post("/api/v1/feedback", feedback()));
            assertThat(answers)
                    .allSatisfy(a -> assertThat(a.status()).as(a.body()).isIn(200, 201));
            assertThat(answers.stream().map(a -> a.text("ticketNumber")).distinct())
                    .hasSize(1);
            assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        }
        assertThat(appTickets()).isEqualTo(3);
    }

    @Test
    void badInputIsExplainedAndChangesNothing() {
        Map<String, Object> noUser = feedback();
        noUser.remove("userId");
        Api.Response missing = fixtures.app(appKey).post("/api/v1/feedback", noUser);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.get("errors").get(0).get("field").asString()).isEqualTo("userId");

        Map<String, Object> shortText = feedback();
        shortText.put("description", "坏了");
        Api.Response tooShort = fixtures.app(appKey).post("/api/v1/feedback", shortText);
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.get("errors").get(0).get("field").asString()).isEqualTo("description");

        Api.Response unknownField =
                fixtures.app(appKey).postRaw("/api/v1/feedback", "{\"userId\":\"u\",\"channel\":\"WEB\"}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.text("detail")).contains("channel");

        Api.Response badKey = fixtures.app(appKey)
                .withHeader("Idempotency-Key", "with spaces inside")
                .post("/api/v1/feedback", feedback());
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(appTickets()).isZero();
    }

    private int appTickets() {
        return fixtures.api(agent)
                .get("/api/v1/tickets?channel=APP&limit=200")
                .get("items")
                .size();
    }
}
