package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** New tickets are placed in a category without anyone sorting them; unclear ones go to a reviewer who teaches. */
@IntegrationTest
@Import(RoutingFixture.class)
class ClassificationTest {

    @Autowired
    RoutingFixture routing;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Classifications classifications;

    RoutingFixture.Desk desk;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
    }

    @Test
    void aChineseKeywordPlacesTheTicketAndItsTeamGetsIt() {
        TeamView client = desk.team("technical.client", null);
        String number = open("今天早上开始无法登录，一直提示账号或密码错误，找回密码也收不到短信验证码，所有设备都绑在这个账号上。");

        assertThat(category(number)).as("classified as it is opened").isEqualTo("technical.client");
        assertThat(queries.get(number, desk.supervisor).teamId()).isEqualTo(client.id());
    }

    @Test
    void anUnclearTicketGoesToNeedsRefinementAndTheReviewersChoiceIsLearned() {
        desk.team("commercial.returns", null);
        String unclear = open("你好，我想问一下上周的那个事情现在怎么样了，麻烦尽快回复我一下，谢谢你们，辛苦了，等你们消息，" + "之前也打过电话但是没有人接。");
        assertThat(category(unclear)).isEqualTo(CategoryView.NEEDS_REFINEMENT);
        assertThat(classifications.pending(desk.supervisor))
                .extracting(ReviewItem::ticketNumber)
                .contains(unclear);

        classifications.decide(unclear, "commercial.returns", desk.supervisor);

        assertThat(category(unclear)).isEqualTo("commercial.returns");
        assertThat(classifications.pending(desk.supervisor))
                .extracting(ReviewItem::ticketNumber)
                .doesNotContain(unclear);
        assertThat(classifications.retrain(desk.tenant.id())).isGreaterThanOrEqualTo(1);
        assertThat(classifications
                        .classify(desk.tenant.id(), "上周的那个事情现在怎么样了，麻烦尽快回复")
                        .bestGuess())
                .as("the learned classifier now knows this kind of message")
                .satisfies(guess -> assertThat(guess.categoryCode()).isEqualTo("commercial.returns"));
        assertThatThrownBy(() -> classifications.decide(unclear, "no.such-category", desk.supervisor))
                .hasMessageContaining("categories");
    }

    @Test
    void solvedTicketsBecomeTrainingData() {
        TeamView team = desk.team("technical.stream", null);
        var agent = desk.agent(team, java.util.Set.of(), null, true);
        String number = tickets.open(
                        desk.tenant.id(),
                        Channel.APP,
                        Fixtures.validTicket().category("technical.stream").build(),
                        desk.supervisor)
                .number();
        await().atMost(Duration.ofSeconds(10))
                .until(() -> queries.get(number, agent).assigneeId() != null);
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        tickets.changeStatus(number, TicketStatus.RESOLVED, null, desk.supervisor);

        await().atMost(Duration.ofSeconds(10)).until(() -> classifications.retrain(desk.tenant.id()) >= 1);
    }

    @Test
    void badKeywordRulesAreRefusedWithTheLineAndNothingChanges() {
        String before = classifications.rulesText(desk.tenant.id());
        assertThatThrownBy(() -> classifications.changeRules(
                        desk.tenant.id(), "technical.client | 3 | 无法登录\nthis line is wrong\n", desk.admin))
                .isInstanceOf(RoutingRefusedException.class)
                .hasMessageContaining("2");
        assertThatThrownBy(
                        () -> classifications.changeRules(desk.tenant.id(), "nonexistent.code | 3 | 蓝屏\n", desk.admin))
                .hasMessageContaining("nonexistent.code");
        assertThatThrownBy(() ->
                        classifications.changeRules(desk.tenant.id(), "technical.client | 3 | 蓝屏\n", desk.supervisor))
                .hasMessageContaining("admins");
        assertThat(classifications.rulesText(desk.tenant.id())).isEqualTo(before);

        classifications.changeRules(desk.tenant.id(), "technical.server | 3 | 蓝屏\n", desk.admin);
        assertThat(classifications.classify(desk.tenant.id(), "电脑开机就蓝屏，重启几次都一样").categoryCode())
                .isEqualTo("technical.server");
    }

    private String open(String description) {
        return desk.openUnclassified(description);
    }

    private String category(String number) {
        return queries.get(number, desk.supervisor).category();
    }
}
