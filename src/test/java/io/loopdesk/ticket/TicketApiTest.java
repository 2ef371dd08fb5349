package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The REST API as a client uses it: real HTTP to the running application on a real database. */
@IntegrationTest
class TicketApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    io.loopdesk.testing.BackgroundWork background;

    @Autowired
    io.loopdesk.sla.calendar.Calendars calendars;

    TenantInfo tenant;
    UserView agent;
    UserView supervisor;
    UserView customer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        customer = fixtures.customer(tenant);
    }

    @Test
    void anAgentRegistersAPhoneCallAndReadsItBack() {
        Map<String, Object> body = new HashMap<>(Fixtures.validTicketJson());
        body.put("urgency", "CRITICAL");
        body.put("device", Map.of("os", "Android 15", "model", "Xiaomi 14", "appVersion", "5.1.8"));
        body.put("links", Map.of("orderNumber", "SO2026112300042"));
        body.put("location", "杭州");

        Api.Response created = fixtures.api(agent).post("/api/v1/tickets", body);

        assertThat(created.status()).isEqualTo(201);
        String number = created.text("number");
        assertThat(number).matches("\\d{6}-\\d{6,}");
        Api.Response read = fixtures.api(agent).get("/api/v1/tickets/" + number);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("channel")).isEqualTo("PHONE");
        assertThat(read.text("status")).isEqualTo("NEW");
        assertThat(read.text("urgency")).isEqualTo("CRITICAL");
        assertThat(read.text("description")).isEqualTo(Fixtures.DESCRIPTION);
        assertThat(read.get("device").get("model").asString()).isEqualTo("Xiaomi 14");
        assertThat(read.get("links").get("orderNumber").asString()).isEqualTo("SO2026112300042");
        assertThat(read.text("location")).isEqualTo("杭州");
        // critical: resolve within 8 working hours of the tenant's calendar, once the SLA module has computed it
        background.settle();
        java.time.Instant registered = java.time.Instant.parse(read.text("registeredAt"));
        assertThat(java.time.Instant.parse(
                        fixtures.api(agent).get("/api/v1/tickets/" + number).text("resolutionDueAt")))
                .isEqualTo(calendars.ofTenant(tenant.id()).plus(registered, Duration.ofHours(8)));
    }

    @Test
    void aCustomersTicketIsAWebTicketOfTheirOwn() {
        Api.Response created = fixtures.api(customer).post("/api/v1/tickets", Fixtures.validTicketJson());

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("channel")).isEqualTo("WEB");
        assertThat(created.get("requesterId").asLong()).isEqualTo(customer.id());
    }

    @Test
    void theChannelCannotBeChosenByTheClient() {
        Map<String, Object> body = new HashMap<>(Fixtures.validTicketJson());
        body.put("channel", "EMAIL");

        Api.Response refused = fixtures.api(agent).post("/api/v1/tickets", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("channel");
        assertThat(refused.text("detail")).contains("set by the system");
    }

    @Test
    void aRejectedTicketListsEveryFieldAndStoresNothing() {
        int before = count(fixtures.api(supervisor), "/api/v1/tickets?limit=200");

        Api.Response refused = fixtures.api(agent)
                .post("/api/v1/tickets", Map.of("contact", "138123", "description", "太短了", "customerName", "公司"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(fields(refused)).containsExactlyInAnyOrder("description", "contact", "contactPerson", "product");
        assertThat(count(fixtures.api(supervisor), "/api/v1/tickets?limit=200")).isEqualTo(before);
    }

    @Test
    void malformedJsonAndUnknownValuesAreClearErrors() {
        Api.Response malformed = fixtures.api(agent).postRaw("/api/v1/tickets", "{\"customerName\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.isProblem()).isTrue();

        Map<String, Object> body = new HashMap<>(Fixtures.validTicketJson());
        body.put("urgency", "VERY");
        Api.Response badEnum = fixtures.api(agent).post("/api/v1/tickets", body);
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.text("detail")).contains("NORMAL, URGENT, CRITICAL");

        Api.Response badFilter = fixtures.api(agent).get("/api/v1/tickets?status=DONE");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.get("errors").get(0).get("field").asString()).isEqualTo("status");

        Api.Response badDate = fixtures.api(agent).get("/api/v1/tickets?createdFrom=yesterday");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.text("detail")).contains("createdFrom");

        Api.Response badCursor = fixtures.api(agent).get("/api/v1/tickets?cursor=garbage");
        assertThat(badCursor.status()).isEqualTo(400);
        assertThat(badCursor.get("errors").get(0).get("field").asString()).isEqualTo("cursor");

        String beyondTime = java.util.Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("NEWEST:99999999999999999:0:1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Api.Response tampered = fixtures.api(agent).get("/api/v1/tickets?cursor=" + beyondTime);
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.isProblem()).isTrue();
        assertThat(tampered.get("errors").get(0).get("field").asString()).isEqualTo("cursor");
        io.loopdesk.testing.WebSession.Page page = io.loopdesk.testing.WebSession.signedIn(
                        fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en")
                .get("/workspace?cursor=" + beyondTime);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("start again");
    }

    @Test
    void anUnknownTicketIsNotFound() {
        assertThat(fixtures.api(agent).get("/api/v1/tickets/261123-999999").status())
                .isEqualTo(404);
        assertThat(fixtures.api(agent).get("/api/v1/tickets/DROP%20TABLE").status())
                .isEqualTo(404);
    }

    @Test
    void routingToATeamOrPersonOutsideTheTenantIsRefusedAndChangesNothing() {
        String number = fixtures.api(agent)
                .post("/api/v1/tickets", Fixtures.validTicketJson())
                .text("number");
        Api api = fixtures.api(supervisor);
        UserView elsewhere = fixtures.staff(fixtures.tenant(), Role.AGENT);

        Api.Response noTeam =
                api.put("/api/v1/tickets/" + number + "/routing", Map.of("teamId", 987_654_321L, "note", "move"));
        Api.Response strangerAssignee =
                api.put("/api/v1/tickets/" + number + "/routing", Map.of("assigneeId", elsewhere.id(), "note", "take"));

        assertThat(noTeam.status()).isEqualTo(400);
        assertThat(fields(noTeam)).containsExactly("teamId");
        assertThat(strangerAssignee.status()).isEqualTo(400);
        assertThat(fields(strangerAssignee)).containsExactly("assigneeId");
        Api.Response read = api.get("/api/v1/tickets/" + number);
        assertThat(read.get("teamId").isNull()).isTrue();
        assertThat(read.get("assigneeId").isNull()).isTrue();
    }

    @Test
    void theFullLoopFromRegistrationToClosing() {
        String number = fixtures.api(customer)
                .post("/api/v1/tickets", Fixtures.validTicketJson())
                .text("number");
        Api agentApi = fixtures.api(agent);
        Api customerApi = fixtures.api(customer);

        assertThat(agentApi.put("/api/v1/tickets/" + number + "/assignee", Map.of("assigneeId", agent.id()))
                        .status())
                .isEqualTo(200);
        assertThat(status(agentApi, number, "IN_PROGRESS", null)).isEqualTo(200);
        assertThat(agentApi.post(
                                "/api/v1/tickets/" + number + "/messages",
                                Map.of("kind", "PUBLIC_REPLY", "body", "您好，请提供设备序列号。"))
                        .status())
                .isEqualTo(201);
        assertThat(agentApi.post(
                                "/api/v1/tickets/" + number + "/messages",
                                Map.of("kind", "INTERNAL_NOTE", "body", "疑似固件问题"))
                        .status())
                .isEqualTo(201);
        assertThat(status(agentApi, number, "WAITING_CUSTOMER", null)).isEqualTo(200);

        clock.advance(Duration.ofHours(2));
        customerApi.post("/api/v1/tickets/" + number + "/messages", Map.of("body", "序列号是 X2-2026-0042"));
        assertThat(agentApi.get("/api/v1/tickets/" + number).text("status"))
                .as("a customer's answer puts the ticket back in progress")
                .isEqualTo("IN_PROGRESS");

        Api.Response progress = agentApi.post(
                "/api/v1/tickets/" + number + "/progress",
                Map.of(
                        "label",
                        "REMOTE_TROUBLESHOOTING",
                        "details",
                        "远程查看日志，发现固件 1.2.3 的 WiFi 驱动问题，已推送 1.2.4。",
                        "estimatedCompletionAt",
                        clock.instant().plus(Duration.ofHours(4)).toString(),
                        "actualCompletionAt",
                        clock.instant().toString()));
        assertThat(progress.status()).isEqualTo(201);
        assertThat(progress.text("stage")).isEqualTo("IN_PROGRESS");

        assertThat(status(agentApi, number, "AWAITING_CONFIRMATION", null)).isEqualTo(200);
        assertThat(status(customerApi, number, "IN_PROGRESS", null))
                .as("reopening needs a reason")
                .isEqualTo(400);
        assertThat(status(customerApi, number, "IN_PROGRESS", "还是连不上")).isEqualTo(200);
        assertThat(agentApi.get("/api/v1/tickets/" + number).get("reopenCount").asInt())
                .isEqualTo(1);
        assertThat(status(agentApi, number, "AWAITING_CONFIRMATION", null)).isEqualTo(200);
        assertThat(status(agentApi, number, "RESOLVED", null))
                .as("the customer confirms, not the agent")
                .isEqualTo(403);
        assertThat(status(customerApi, number, "RESOLVED", null)).isEqualTo(200);
        assertThat(status(agentApi, number, "CLOSED", null))
                .as("a supervisor closes")
                .isEqualTo(403);
        assertThat(status(fixtures.api(supervisor), number, "CLOSED", null)).isEqualTo(200);

        Api.Response closed = agentApi.get("/api/v1/tickets/" + number);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("firstResponseAt")).isNotNull();
        assertThat(closed.text("resolvedAt")).isNotNull();
        assertThat(closed.text("closedAt")).isNotNull();
        Api.Response late = agentApi.post("/api/v1/tickets/" + number + "/messages", Map.of("body", "还有问题吗？"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text("detail")).contains("closed");

        List<String> customerSees =
                texts(customerApi.get("/api/v1/tickets/" + number + "/messages").json(), "body");
        assertThat(customerSees).contains("您好，请提供设备序列号。", "序列号是 X2-2026-0042").doesNotContain("疑似固件问题");
        assertThat(texts(agentApi.get("/api/v1/tickets/" + number + "/messages").json(), "body"))
                .contains("疑似固件问题");
    }

    @Test
    void editsAreCheckedAndTheImmutableFieldsStay() {
        String number = fixtures.api(agent)
                .post("/api/v1/tickets", Fixtures.validTicketJson())
                .text("number");

        Api.Response edited = fixtures.api(agent)
                .patch(
                        "/api/v1/tickets/" + number,
                        Map.of("urgency", "URGENT", "category", "technical.network", "title", "门锁离线", "location", ""));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.text("urgency")).isEqualTo("URGENT");
        assertThat(edited.text("category")).isEqualTo("technical.network");
        assertThat(edited.text("location")).isNull();
        // the list's category filter follows the change, at the top level too
        assertThat(count(fixtures.api(agent), "/api/v1/tickets?category=technical&q=" + number))
                .isEqualTo(1);
        fixtures.api(agent).patch("/api/v1/tickets/" + number, Map.of("category", "suggestion"));
        assertThat(count(fixtures.api(agent), "/api/v1/tickets?category=technical&q=" + number))
                .isZero();
        assertThat(count(fixtures.api(agent), "/api/v1/tickets?category=suggestion&q=" + number))
                .isEqualTo(1);

        Api.Response badContact = fixtures.api(agent).patch("/api/v1/tickets/" + number, Map.of("contact", "nope"));
        assertThat(badContact.status()).isEqualTo(400);
        assertThat(badContact.get("errors").get(0).get("field").asString()).isEqualTo("contact");
        for (String immutable : List.of("channel", "number", "description")) {
            Api.Response refused = fixtures.api(agent).patch("/api/v1/tickets/" + number, Map.of(immutable, "x"));
            assertThat(refused.status()).as(immutable).isEqualTo(400);
        }
        assertThat(fixtures.api(agent).get("/api/v1/tickets/" + number).text("title"))
                .isEqualTo("门锁离线");
        assertThat(fixtures.api(customer)
                        .patch("/api/v1/tickets/" + number, Map.of("title", "x"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void listsFilterAndPageWithoutGapsOrRepeats() {
        Api api = fixtures.api(agent);
        Set<String> created = new HashSet<>();
        for (int i = 0; i < 7; i++) {
            clock.advance(Duration.ofMinutes(1));
            Map<String, Object> body = new HashMap<>(Fixtures.validTicketJson());
            body.put("urgency", i % 2 == 0 ? "URGENT" : "NORMAL");
            body.put("category", i < 3 ? "technical.network" : "commercial.returns");
            body.put("title", "批次 " + i);
            body.put("product", i == 0 ? "智能门锁 X2 Pro" : "智能门锁 X2");
            created.add(api.post("/api/v1/tickets", body).text("number"));
        }

        Set<String> seen = new HashSet<>();
        String next = "/api/v1/tickets?limit=3";
        int pages = 0;
        while (next != null) {
            Api.Response page = api.get(next.replace(fixtures.baseUrl(), ""));
            page.get("items")
                    .forEach(item ->
                            assertThat(seen.add(item.get("number").asString())).isTrue());
            next = page.text("next");
            pages++;
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
        assertThat(pages).isEqualTo(3);

        assertThat(count(api, "/api/v1/tickets?urgency=URGENT")).isEqualTo(4);
        // a product exactly as registered (a report's drill-down), not a part of another's name
        assertThat(count(
                        api,
                        "/api/v1/tickets?product=" + java.net.URLEncoder.encode("智能门锁 X2", StandardCharsets.UTF_8)))
                .isEqualTo(6);
        assertThat(count(
                        api,
                        "/api/v1/tickets?product=" + java.net.URLEncoder.encode("智能门锁 X2 Pro", StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(count(api, "/api/v1/tickets?category=technical")).isEqualTo(3);
        assertThat(count(api, "/api/v1/tickets?category=commercial")).isEqualTo(4);
        assertThat(count(api, "/api/v1/tickets?category=commercial.returns")).isEqualTo(4);
        assertThat(count(api, "/api/v1/tickets?category=commercial.quality")).isZero();
        assertThat(count(api, "/api/v1/tickets?category=technica")).isZero();
        assertThat(count(api, "/api/v1/tickets?category=technical.network&urgency=URGENT"))
                .isEqualTo(2);
        assertThat(count(api, "/api/v1/tickets?channel=PHONE&status=NEW")).isEqualTo(7);
        assertThat(count(api, "/api/v1/tickets?channel=EMAIL")).isZero();
        assertThat(count(api, "/api/v1/tickets?q=%E6%89%B9%E6%AC%A1%205")).isEqualTo(1);
        assertThat(count(api, "/api/v1/tickets?assignee=none")).isEqualTo(7);
        assertThat(count(api, "/api/v1/tickets?assignee=me")).isZero();
        String from = clock.instant().minus(Duration.ofSeconds(150)).toString();
        assertThat(count(api, "/api/v1/tickets?createdFrom=" + from)).isEqualTo(3);
        assertThat(count(api, "/api/v1/tickets?createdTo=" + from)).isEqualTo(4);

        List<String> oldestFirst = texts(api.get("/api/v1/tickets?order=OLDEST").get("items"), "title");
        assertThat(oldestFirst).containsExactly("批次 0", "批次 1", "批次 2", "批次 3", "批次 4", "批次 5", "批次 6");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Api.Response docs = fixtures.anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.get("paths").propertyNames())
                .contains(
                        "/api/v1/tickets",
                        "/api/v1/tickets/{number}",
                        "/api/v1/tickets/{number}/messages",
                        "/api/v1/tickets/{number}/status",
                        "/api/v1/tickets/{number}/progress",
                        "/api/v1/tickets/{number}/history");
        assertThat(fixtures.anonymous().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void theLifecycleIsPublished() {
        Api.Response lifecycle = fixtures.api(agent).get("/api/v1/ticket-lifecycle");
        assertThat(lifecycle.status()).isEqualTo(200);
        assertThat(lifecycle.json().size())
                .isEqualTo(TicketLifecycle.transitions().size());
    }

    @Test
    void aTenantAdminChangesTheRegistrationRules() {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        assertThat(fixtures.api(agent)
                        .put("/api/v1/ticket-form-rules", Map.of("minDescriptionLength", 5))
                        .status())
                .isEqualTo(403);
        Api.Response changed = fixtures.api(admin)
                .put(
                        "/api/v1/ticket-form-rules",
                        Map.of("minDescriptionLength", 5, "requiredFields", List.of("CUSTOMER_NAME", "ORDER_NUMBER")));
        assertThat(changed.status()).isEqualTo(200);

        Api.Response missingOrder =
                fixtures.api(agent).post("/api/v1/tickets", Map.of("customerName", "公司", "description", "屏幕不亮了"));
        assertThat(fields(missingOrder)).containsExactly("orderNumber");
        Api.Response ok = fixtures.api(agent)
                .post(
                        "/api/v1/tickets",
                        Map.of("customerName", "公司", "description", "屏幕不亮了", "links", Map.of("orderNumber", "SO1")));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(fixtures.api(admin)
                        .put("/api/v1/ticket-form-rules", Map.of("minDescriptionLength", -3))
                        .status())
                .isEqualTo(400);
    }

    private static int status(Api api, String number, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.post("/api/v1/tickets/" + number + "/status", body).status();
    }

    private static int count(Api api, String path) {
        return api.get(path + (path.contains("?") ? "&" : "?") + "limit=200")
                .get("items")
                .size();
    }

    private static List<String> fields(Api.Response problem) {
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(e -> e.get("field").asString())
                .toList();
    }

    private static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(n -> n.get(field).asString())
                .toList();
    }
}
