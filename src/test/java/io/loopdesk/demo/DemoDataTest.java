package io.loopdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Api;
import io.loopdesk.testing.DemoTest;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.ObjectMapper;

/** The quick-start experience: demo mode on an empty database gives a working desk with the listed logins. */
@DemoTest
class DemoDataTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    ObjectMapper json;

    @Test
    void twoHundredTicketsSpreadOverEveryStatusChannelAndUrgency() {
        assertThat(count("select count(*) from ticket")).isGreaterThanOrEqualTo(200);
        assertThat(values("status")).containsAll(names(TicketStatus.values()));
        assertThat(values("urgency")).containsAll(names(Urgency.values()));
        assertThat(values("channel"))
                .contains(
                        Channel.WEB.name(),
                        Channel.APP.name(),
                        Channel.EMAIL.name(),
                        Channel.PHONE.name(),
                        Channel.CHAT.name(),
                        Channel.LIVE_ROOM.name(),
                        Channel.SOCIAL_MEDIA.name());
        assertThat(values("category"))
                .contains(
                        "technical.network",
                        "technical.stream",
                        "content.vulgar",
                        "commercial.returns",
                        "suggestion",
                        "consultation");
        assertThat(values("feedback_type")).hasSize(4);
    }

    @Test
    void ticketsAreInChineseAndEnglishAndBelongToTwoTenants() {
        assertThat(count("select count(*) from ticket where title like '%门锁%' or title like '%直播%'"))
                .isPositive();
        assertThat(
                        count(
                                "select count(*) from ticket where title like '%app%' or title like '%live%' or title like '%Camera%'"))
                .isPositive();
        assertThat(count("select count(distinct tenant_id) from ticket")).isEqualTo(2);
        assertThat(count("select count(*) from team")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void theHistoryOfEveryTicketStartsWithItsRegistration() {
        assertThat(count("select count(*) from ticket t where not exists (select 1 from ticket_history h "
                        + "where h.ticket_id = t.id and h.field = 'status' and h.new_value = 'NEW')"))
                .isZero();
        assertThat(count("select count(*) from ticket_message")).isGreaterThan(200);
        assertThat(count("select count(*) from ticket_progress")).isGreaterThan(100);
    }

    @Test
    void everyListedDemoLoginWorks() {
        for (String login : DemoData.LOGINS) {
            Api.Response me = api(login).get("/api/v1/me");
            assertThat(me.status()).as(login).isEqualTo(200);
        }
        Set<Long> operatorSees = api("operator")
                .get("/api/v1/tickets?limit=200")
                .get("items")
                .valueStream()
                .map(item -> item.get("tenantId").asLong())
                .collect(Collectors.toSet());
        assertThat(operatorSees)
                .as("Acme authorised the platform to work its tickets, 星海直播 did not")
                .containsExactly(count("select id from tenant where code = 'acme'"));
        Api.Response customer = api("customer").get("/api/v1/tickets?limit=200");
        Set<String> statuses = customer.get("items")
                .valueStream()
                .map(item -> item.get("status").asString())
                .collect(Collectors.toSet());
        assertThat(statuses)
                .as("the demo customer has a ticket in every status")
                .containsAll(names(TicketStatus.values()));
        Map<String, String> tenantOf = Map.of("agent", "acme", "star-agent", "starlive");
        tenantOf.forEach((login, code) -> assertThat(api(login)
                        .get("/api/v1/tenants")
                        .json()
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo(code));
    }

    @Test
    void theReadmeCurlWorks() {
        Api.Response created = api("agent").post("/api/v1/tickets", io.loopdesk.testing.Fixtures.validTicketJson());
        assertThat(created.status()).isEqualTo(201);
        Api.Response read = api("agent").get("/api/v1/tickets/" + created.text("number"));
        assertThat(read.text("description")).isEqualTo(io.loopdesk.testing.Fixtures.DESCRIPTION);
        assertThat(api("agent").get("/actuator/health").text("status")).isEqualTo("UP");
    }

    @Test
    void someAgentsAreOnDutySoNewTicketsAreAssignedAsTheyArrive() {
        assertThat(api("agent").get("/api/v1/me/duty").get("onDuty").asBoolean())
                .isTrue();
        assertThat(api("star-agent").get("/api/v1/me/duty").get("onDuty").asBoolean())
                .isTrue();
        assertThat(count("select count(*) from shift")).isPositive();

        Api.Response opened = api("customer").post("/api/v1/tickets", io.loopdesk.testing.Fixtures.validTicketJson());

        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(api("supervisor")
                                .get("/api/v1/tickets/" + opened.text("number"))
                                .get("assigneeId")
                                .isNull())
                        .as("assigned by routing")
                        .isFalse());
    }

    private Api api(String login) {
        return io.loopdesk.testing.ApiAccess.basic(
                "http://localhost:" + environment.getProperty("local.server.port"), login, login, json);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private Set<String> values(String column) {
        return Set.copyOf(jdbc.sql("select distinct " + column + " from ticket where " + column + " is not null")
                .query(String.class)
                .list());
    }

    private static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
