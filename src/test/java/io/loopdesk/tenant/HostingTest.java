package io.loopdesk.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What the platform hosts for a brand, and the brand's authorisation (托管授权): without it no platform operator
 * opens, lists, finds, changes or registers the brand's tickets, by page or API; recorded, it opens them; withdrawn,
 * it closes them again at once. Every change is in the brand's audit trail; bad input changes nothing.
 */
@IntegrationTest
class HostingTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    TenantInfo brand;
    UserView brandAgent;
    UserView operator;
    Api operatorApi;
    String ticket;

    @BeforeEach
    void setUp() {
        brand = fixtures.tenant();
        brandAgent = fixtures.staff(brand, Role.AGENT);
        operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        operatorApi = fixtures.api(operator);
        ticket = fixtures.ticketOf(fixtures.customer(brand)).number();
    }

    @Test
    void anOperatorWorksABrandsTicketsOnlyWhileItsAuthorisationStands() {
        assertThat(tenants.byId(brand.id()).orElseThrow().hostingAuthorised())
                .as("a new tenant has none")
                .isFalse();
        assertOperatorShutOut();

        Api.Response empty =
                operatorApi.put("/api/v1/tenants/" + brand.id() + "/hosting/authorisation", Map.of("reference", "  "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Name what the authorisation rests on");
        assertOperatorShutOut();

        Api.Response authorised = operatorApi.put(
                "/api/v1/tenants/" + brand.id() + "/hosting/authorisation", Map.of("reference", "合同 HT-2026-7"));
        assertThat(authorised.status()).as(authorised::body).isEqualTo(200);
        assertThat(authorised.get("hostingAuthorisation").get("reference").asString())
                .isEqualTo("合同 HT-2026-7");
        assertThat(operatorApi.get("/api/v1/tickets/" + ticket).status()).isEqualTo(200);
        assertThat(numbers(operatorApi, ticket)).containsExactly(ticket);
        assertThat(operatorApi
                        .post("/api/v1/tickets/" + ticket + "/messages", Map.of("body", "平台客服已接手"))
                        .status())
                .isEqualTo(201);
        assertThat(fixtures.pages(operator).get("/tickets/" + ticket).text()).contains("平台客服已接手");
        assertThat(operatorApi
                        .post("/api/v1/tickets?tenant=" + brand.code(), Fixtures.validTicketJson())
                        .status())
                .isEqualTo(201);

        Api.Response revoked = operatorApi.delete("/api/v1/tenants/" + brand.id() + "/hosting/authorisation");
        assertThat(revoked.status()).isEqualTo(200);
        assertOperatorShutOut();

        assertThat(actions(brand)).contains("tenant.hosting.authorised", "tenant.hosting.revoked");
        JsonNode entry = fixtures.api(operator)
                .get("/api/v1/audit?tenant=" + brand.id() + "&action=tenant.hosting.revoked")
                .get("items")
                .get(0);
        assertThat(entry.get("before").asString()).contains("HT-2026-7");
        assertThat(entry.get("actorName").asString()).contains(operator.username());
    }

    @Test
    void theConsoleRecordsWhatThePlatformHostsAndTheAuthorisation() {
        WebSession console = fixtures.pages(operator);
        String page = "/platform/tenants/" + brand.code();
        assertThat(console.get(page).text())
                .contains("Not authorised: no platform operator opens this brand's tickets.");

        WebSession.Page tooLong = console.post(
                page + "/hosting", Map.of("channels", "EMAIL", "regions", "中国大陆", "replyStrategy", "长".repeat(4001)));
        assertThat(tooLong.text()).contains("A reply strategy has at most 4,000 characters.");
        assertThat(tenants.hosting(brand.id())).isEqualTo(HostingProfile.none());

        WebSession.Page saved = console.post(
                page + "/hosting",
                Map.of("channels", "APP_FEEDBACK", "regions", "中国大陆、东南亚", "replyStrategy", "先致歉，再给方案。"));
        assertThat(saved.text()).contains("What the platform hosts was saved.");
        assertThat(saved.html()
                        .select("#hosting-profile input[value=APP_FEEDBACK]")
                        .hasAttr("checked"))
                .isTrue();
        assertThat(saved.html().select("#hosting-profile input[value=EMAIL]").hasAttr("checked"))
                .isFalse();
        assertThat(tenants.hosting(brand.id()))
                .isEqualTo(new HostingProfile(EnumSet.of(HostedChannel.APP_FEEDBACK), "中国大陆、东南亚", "先致歉，再给方案。"));
        assertThat(operatorApi.get("/api/v1/tenants/" + brand.id() + "/hosting").text("regions"))
                .isEqualTo("中国大陆、东南亚");

        assertThat(console.post(page + "/hosting/authorise", Map.of("reference", ""))
                        .text())
                .contains("Name what the authorisation rests on");
        assertThat(tenants.byId(brand.id()).orElseThrow().hostingAuthorised()).isFalse();
        WebSession.Page authorised = console.post(page + "/hosting/authorise", Map.of("reference", "授权书 SQ-88"));
        assertThat(authorised.text()).contains("The authorisation is recorded", "SQ-88");
        assertThat(console.get("/platform/tenants?q=" + brand.code()).text()).contains("authorised");
        assertThat(console.post(page + "/hosting/revoke", Map.of()).text()).contains("The authorisation is withdrawn");
        assertThat(tenants.byId(brand.id()).orElseThrow().hostingAuthorised()).isFalse();

        assertThat(console.get("/admin/audit?tenant=" + brand.id()).text())
                .contains("Hosting changed", "Hosting authorised", "Hosting authorisation withdrawn");
    }

    @Test
    void theApiRefusesWhatItCannotStore() {
        String hosting = "/api/v1/tenants/" + brand.id() + "/hosting";
        assertThat(operatorApi.put(hosting, Map.of("channels", List.of("FAX"))).status())
                .isEqualTo(400);
        assertThat(operatorApi.put(hosting, Map.of("regions", "区".repeat(501))).status())
                .isEqualTo(400);
        assertThat(tenants.hosting(brand.id())).isEqualTo(HostingProfile.none());
        assertThat(operatorApi
                        .put("/api/v1/tenants/999999999/hosting", Map.of("regions", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.api(fixtures.staff(brand, Role.TENANT_ADMIN))
                        .put("/api/v1/tenants/" + brand.id() + "/hosting/authorisation", Map.of("reference", "自己授权"))
                        .status())
                .as("the platform records it, not the brand's own admin")
                .isEqualTo(403);

        Api.Response changed = operatorApi.put(hosting, Map.of("channels", List.of("EMAIL", "PHONE")));
        assertThat(changed.status()).as(changed::body).isEqualTo(200);
        assertThat(tenants.hosting(brand.id()).channels())
                .containsExactlyInAnyOrder(HostedChannel.EMAIL, HostedChannel.PHONE);
    }

    private void assertOperatorShutOut() {
        assertThat(operatorApi.get("/api/v1/tickets/" + ticket).status()).isEqualTo(404);
        assertThat(numbers(operatorApi, ticket)).isEmpty();
        assertThat(operatorApi
                        .post("/api/v1/tickets/" + ticket + "/messages", Map.of("body", "看一眼"))
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.pages(operator).get("/tickets/" + ticket).status()).isEqualTo(404);
        Api.Response refused = operatorApi.post("/api/v1/tickets?tenant=" + brand.code(), Fixtures.validTicketJson());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("has not authorised the platform");
        assertThat(fixtures.api(brandAgent).get("/api/v1/tickets/" + ticket).status())
                .as("the brand's own people are not affected")
                .isEqualTo(200);
    }

    private List<String> actions(TenantInfo tenant) {
        return StreamSupport.stream(
                        operatorApi
                                .get("/api/v1/audit?tenant=" + tenant.id())
                                .get("items")
                                .spliterator(),
                        false)
                .map(e -> e.get("action").asString())
                .toList();
    }

    private static List<String> numbers(Api api, String number) {
        return StreamSupport.stream(
                        api.get("/api/v1/tickets?q=" + number).get("items").spliterator(), false)
                .map(n -> n.get("number").asString())
                .toList();
    }
}
