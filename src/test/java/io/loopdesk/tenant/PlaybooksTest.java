package io.loopdesk.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Special-process playbooks: an operator adds one to a brand from the console (bad input refused, nothing stored) or
 * the API; an agent sees its checklist on the tickets it matches, ticks steps done and undoes them, each tick a line
 * in the ticket's history; tickets it does not match show none; a step not on the checklist is not recorded.
 */
@IntegrationTest
class PlaybooksTest {

    static final String RETURN = "上周收到的智能门锁 X2 外壳有一道明显的裂痕，包装完好，配件齐全，签收还不到七天，现在申请七天无理由退货，请尽快安排快递员上门取件，谢谢。";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Playbooks playbooks;

    @Autowired
    Tickets tickets;

    TenantInfo brand;
    UserView operator;
    UserView agent;
    UserView customer;

    @BeforeEach
    void setUp() {
        brand = fixtures.tenant();
        operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        agent = fixtures.staff(brand, Role.AGENT);
        customer = fixtures.customer(brand);
    }

    @Test
    void theConsoleAddsAPlaybookAndRefusesOneThatCouldNotWork() {
        WebSession console = fixtures.pages(operator);
        String page = "/platform/tenants/" + brand.code();

        WebSession.Page noSteps = console.post(
                page + "/playbooks", Map.of("name", "退换货", "kind", "RETURNS", "keywords", "退货", "steps", " \n "));
        assertThat(noSteps.text()).contains("Write 1–30 steps, one per line");
        assertThat(noSteps.html().select("#pb-name").val()).as("kept as typed").isEqualTo("退换货");
        WebSession.Page nothing =
                console.post(page + "/playbooks", Map.of("name", "退换货", "kind", "RETURNS", "steps", "核对订单"));
        assertThat(nothing.text()).contains("Say which tickets it is for");
        WebSession.Page category =
                console.post(page + "/playbooks", Map.of("name", "退换货", "category", "退 货", "steps", "核对订单"));
        assertThat(category.text()).contains("A category is given by its code");
        assertThat(playbooks.of(brand.id())).isEmpty();

        WebSession.Page added = console.post(
                page + "/playbooks",
                Map.of(
                        "name", "退换货",
                        "kind", "RETURNS",
                        "category", "commercial.returns",
                        "keywords", "退货，换货, return",
                        "steps", "核对订单号与签收日期\n\n请客户上传照片\n预约上门取件\n"));
        assertThat(added.text()).contains("The playbook was added");
        Element row = added.html().selectFirst("#playbooks tbody tr");
        assertThat(row.text()).contains("退换货", "Returns", "commercial.returns", "退货, 换货, return", "预约上门取件");
        PlaybookView stored = playbooks.of(brand.id()).getFirst();
        assertThat(stored.keywords()).containsExactly("退货", "换货", "return");
        assertThat(stored.steps()).containsExactly("核对订单号与签收日期", "请客户上传照片", "预约上门取件");

        WebSession.Page removed = console.post(page + "/playbooks/" + stored.id() + "/remove", Map.of());
        assertThat(removed.text()).contains("The playbook was removed");
        assertThat(playbooks.of(brand.id())).isEmpty();
        assertThat(console.get("/admin/audit?tenant=" + brand.id()).text())
                .contains("Playbook added", "Playbook removed");
    }

    @Test
    void theApiAddsListsAndRemovesPlaybooks() {
        Api api = fixtures.api(operator);
        String base = "/api/v1/tenants/" + brand.id() + "/playbooks";
        assertThat(api.post(base, Map.of("name", "维修", "steps", "登记故障")).status())
                .isEqualTo(400);
        assertThat(api.post(base, Map.of("name", "维修", "kind", "FAX", "keywords", "维修", "steps", "登记"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/tenants/999999999/playbooks", Map.of("name", "x", "keywords", "x", "steps", "x"))
                        .status())
                .isEqualTo(404);
        Api.Response added =
                api.post(base, Map.of("name", "维修", "kind", "REPAIR", "keywords", "维修, 返修", "steps", "登记故障\n寄修"));
        assertThat(added.status()).as(added::body).isEqualTo(201);
        JsonNode listed = api.get(base).json();
        assertThat(listed.get(0).get("steps").get(1).asString()).isEqualTo("寄修");
        assertThat(fixtures.api(agent).get(base).status()).isEqualTo(403);
        assertThat(api.delete(base + "/" + added.get("id").asLong()).status()).isEqualTo(204);
        assertThat(api.delete(base + "/" + added.get("id").asLong()).status()).isEqualTo(404);
        assertThat(api.get(base).json().size()).isZero();
    }

    @Test
    void anAgentTicksTheChecklistOfAMatchingTicket() {
        playbooks.add(
                brand.id(),
                new PlaybookDraft("退换货", PlaybookKind.RETURNS, "commercial.returns", "退货", "核对订单号\n预约上门取件"));
        String matching = tickets.open(
                        brand.id(),
                        Channel.WEB,
                        Fixtures.validTicket().description(RETURN).build(),
                        Fixtures.actor(customer))
                .number();
        String other = fixtures.ticketOf(customer).number();
        WebSession pages = fixtures.pages(agent);

        assertThat(pages.get("/tickets/" + other + "/checklist-panel").text()).isEmpty();
        WebSession.Page panel = pages.get("/tickets/" + matching + "/checklist-panel");
        assertThat(panel.text()).contains("Checklist · 退换货", "核对订单号", "预约上门取件");
        String step = panel.html().select("input[name=step]").first().val();
        assertThat(step).isEqualTo("退换货 · 1. 核对订单号");

        WebSession.Page ticked =
                pages.post("/tickets/" + matching + "/checklist", Map.of("step", step, "done", "true"));
        assertThat(ticked.html().select("li.done").text()).contains("核对订单号", "done by");
        assertThat(pages.get("/tickets/" + matching).text()).contains("Checklist step done: 退换货 · 1. 核对订单号");

        WebSession.Page undone =
                pages.post("/tickets/" + matching + "/checklist", Map.of("step", step, "done", "false"));
        assertThat(undone.html().select("li.done")).isEmpty();

        WebSession.Page stranger =
                pages.post("/tickets/" + matching + "/checklist", Map.of("step", "退换货 · 9. 直接退款", "done", "true"));
        assertThat(stranger.text()).contains("That step is not on a checklist of this ticket any more");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + matching + "/history")
                        .body())
                .doesNotContain("直接退款");

        UserView qa = fixtures.staff(brand, Role.QA);
        assertThat(fixtures.pages(qa)
                        .get("/tickets/" + matching + "/checklist-panel")
                        .text())
                .as("QA reads the checklist")
                .contains("核对订单号");
        assertThat(fixtures.pages(qa)
                        .post("/tickets/" + matching + "/checklist", Map.of("step", step, "done", "true"))
                        .status())
                .as("but does not tick it")
                .isEqualTo(403);
    }
}
