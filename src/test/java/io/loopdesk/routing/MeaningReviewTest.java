package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.routing.incident.IncidentStatus;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tickets the keyword rules could not place are read for their meaning after the answer: a clear one leaves review
 * for its category's team, an unclear one stays for a person, and a ticket a person placed first is left alone.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class MeaningReviewTest {

    /** No keyword rule knows these words; what they mean is plain. */
    static final String LATE_PARCEL = "钱都付了整整五天了，店铺那边一点动静都没有，订单状态一直停在等待卖家处理，东西到底什么时候才能从店里出来？我下周就要出门了，等着用的";

    /** Fifty characters that say nothing. */
    static final String VAGUE = "你好你好，在吗在吗，有人吗有人吗，等你们回复，等你们回复，等你们回复，等你们回复，好的好的好的，嗯嗯嗯嗯，哈哈哈哈";

    @Autowired
    RoutingFixture routing;

    @Autowired
    TicketQueries queries;

    @Autowired
    Classifications classifications;

    @Autowired
    MeaningReview review;

    @Autowired
    BackgroundWork background;

    @Autowired
    ClassificationRecordRepository records;

    @Autowired
    PlatformTransactionManager transactionManager;

    RoutingFixture.Desk desk;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
    }

    @Test
    void aTicketWhoseMeaningIsClearLeavesReviewForItsCategorysTeam() {
        TeamView delivery = desk.team("commercial.delivery", null);
        assertThat(classifications.classify(desk.tenant.id(), LATE_PARCEL).needsRefinement())
                .as("the rules are unsure")
                .isTrue();
        String number = open(LATE_PARCEL);

        review.readAll();
        background.settle();

        TicketView placed = ticket(number);
        assertThat(placed.category()).isEqualTo("commercial.delivery");
        assertThat(placed.teamId()).isEqualTo(delivery.id());
        assertThat(pendingNumbers()).doesNotContain(number);
    }

    @Test
    void aTicketWithoutAClearMeaningStaysForAReviewerWithABestGuess() {
        String number = open(VAGUE);

        review.readAll();
        background.settle();

        assertThat(ticket(number).category()).isEqualTo(CategoryView.NEEDS_REFINEMENT);
        assertThat(classifications.pending(desk.supervisor))
                .filteredOn(item -> item.ticketNumber().equals(number))
                .singleElement()
                .satisfies(item -> assertThat(item.bestGuess()).isNotNull());
        // read once: a second pass neither places it nor reads it again
        review.readAll();
        assertThat(ticket(number).category()).isEqualTo(CategoryView.NEEDS_REFINEMENT);
    }

    @Test
    void aTicketAPersonPlacedFirstIsLeftAsThePersonPlacedIt() {
        desk.team("commercial.delivery", null);
        String number = open(LATE_PARCEL);
        classifications.decide(number, "commercial.logistics", desk.supervisor);

        review.readAll();
        background.settle();

        assertThat(ticket(number).category()).isEqualTo("commercial.logistics");
    }

    @Test
    void aTicketThatCannotBePlacedStaysForAReviewerAndIsNotTriedAgain() {
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        // a review item whose ticket is gone: placing it fails
        long orphan = TenantScope.inTenant(
                desk.tenant.id(),
                () -> transactions.execute(status -> records.save(new ClassificationRecord(
                                desk.tenant.id(),
                                "000101-999999",
                                CategoryView.NEEDS_REFINEMENT,
                                null,
                                0.1,
                                ClassificationRecord.Method.AUTO,
                                LATE_PARCEL,
                                null,
                                Instant.now(),
                                true))
                        .id()));
        desk.team("commercial.delivery", null);
        String readable = open(LATE_PARCEL);

        review.readAll();
        background.settle();

        assertThat(ticket(readable).category()).as("the others are placed").isEqualTo("commercial.delivery");
        Boolean orphanRead = TenantScope.inTenant(
                desk.tenant.id(),
                () -> transactions.execute(
                        status -> records.findById(orphan).orElseThrow().isMeaningRead()));
        assertThat(orphanRead).as("marked read, not tried again every round").isTrue();
    }

    /**
     * A storm of one fault in many customers' own words, none of which the keyword rules know: once the meaning
     * places them, their category's volume is a surge and one incident is proposed with them.
     */
    @Test
    void aStormOfReportsInWordsNoRuleKnowsBecomesOneProposedIncidentOnceTheirMeaningPlacesThem() {
        desk.team("technical.stream", null);
        desk.rules(new RoutingRules(0.6, 20, true, null, null, 30, 10_000, SurgeRule.DEFAULT));
        List<String> reports = List.of(
                "看主播的时候画面动不动就停住，圈圈转个不停，等十几秒才恢复，今晚看了一个小时一直这样，我家网速测过是正常的",
                "直播间的画面一直在转圈圈，声音断断续续的，主播说话听不全，换了几个直播间都是这个情况，其他软件看视频都好好的",
                "刚进直播间画面就定住了，过一会儿跳一下又定住，主播动作一顿一顿的，像放幻灯片一样，完全没法看下去了啊",
                "晚上八点开始看直播就一直缓冲，进度圈转半天才出一点画面，切换清晰度也不管用，手机和平板上都是一个样子",
                "我关注的几个主播的直播都播不流畅，画面老是停住，屏幕中间一直显示加载中，刷新了好多次也还是一样的，怎么回事",
                "直播画面像幻灯片，一秒钟只动一两下，声音倒是正常的，主播讲什么都能听见，就是画面跟不上，看着特别难受啊",
                "看直播总是停在一个画面不动，得退出去重新进才能接着看，过两分钟又停，今晚已经退出重进十几次了真是的，唉",
                "The live show keeps stopping every few seconds with a spinning circle, then jumps ahead, my wifi is fine.",
                "Every live room I open tonight loads forever and the picture freezes, only the sound comes through now.",
                "直播一直在加载，画面出来几秒又停住了，进度条一直在转，我试了移动数据和家里的宽带都是这样，别的都正常",
                "今天看直播体验很差，画面隔一会儿就不动了，主播嘴在动画面却停着，等好久才跟上，以前从来没有这样过的，怎么了",
                "直播画面总是一停一停的，好像网速很慢一样，可是我测速是几百兆的宽带，看别家直播完全没问题，就你们家这样");
        assertThat(reports.stream()
                        .filter(text ->
                                classifications.classify(desk.tenant.id(), text).needsRefinement()))
                .as("most are in words no rule knows")
                .hasSizeGreaterThanOrEqualTo(8);
        List<String> numbers = reports.stream().map(this::open).toList();

        review.readAll();
        background.settle();

        // (the fixture's tickets all name one product, whose surge is proposed on arrival, apart; a storm whose
        // tickets the meaning places partly in the top level too may also raise the top level's surge)
        List<IncidentView> proposed = incidents.all(desk.supervisor).stream()
                .filter(i -> i.status() == IncidentStatus.PROPOSED && i.categoryCode() != null)
                .toList();
        assertThat(proposed)
                .allSatisfy(incident -> assertThat(incident.categoryCode()).startsWith("technical"))
                .anySatisfy(incident -> {
                    assertThat(incident.categoryCode()).isEqualTo("technical.stream");
                    assertThat(incident.tickets())
                            .hasSizeGreaterThanOrEqualTo(10)
                            .isSubsetOf(numbers);
                });
    }

    @Autowired
    Incidents incidents;

    @Autowired
    MeaningExamples examples;

    @Test
    void aTenantsOwnExamplesPlaceTicketsInItsOwnCategory() {
        TeamView charging = desk.team("technical.charging", null);
        String text = "# our own\n" + "technical.charging | 充电桩插上枪以后屏幕没反应，车子也没开始充电\n"
                + "technical.charging | 扫码以后充电桩一直显示启动中，半小时了电量没变\n"
                + "technical.charging | The charger stops after two minutes and the car says charging interrupted\n"
                + "commercial.delivery | 付款好几天了，卖家一直没有发货\n";
        examples.change(desk.tenant.id(), text, desk.admin);
        String number = open("我在小区的桩子上充电，插好枪扫了码，桩子上的灯一直闪但车里显示没有在充，换了一个桩子也一样，白白等了半个小时");

        review.readAll();
        background.settle();

        assertThat(examples.customised(desk.tenant.id())).isTrue();
        assertThat(examples.text(desk.tenant.id())).isEqualTo(text);
        TicketView placed = ticket(number);
        assertThat(placed.category()).isEqualTo("technical.charging");
        assertThat(placed.teamId()).isEqualTo(charging.id());

        examples.reset(desk.tenant.id(), desk.admin);
        assertThat(examples.customised(desk.tenant.id())).isFalse();
        assertThat(examples.text(desk.tenant.id())).contains("technical.stream |");
    }

    @Test
    void onceATenantHasReviewedEnoughTicketsTheMeaningLearnsItsOwnCategoryFromThem() {
        TeamView installation = desk.team("commercial.installation", null);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        List<String> reviewed = new java.util.ArrayList<>();
        for (String product : List.of("门锁", "空调", "热水器", "净水器", "智能马桶", "洗碗机")) {
            for (String city : List.of("北京", "上海", "成都", "武汉")) {
                reviewed.add(city + "：约好今天上门安装" + product + "，师傅到现在都没来");
                reviewed.add(city + "：" + product + "的安装师傅改了三次时间");
                reviewed.add(city + "：请问" + product + "什么时候能安排师傅上门装");
                reviewed.add(city + "：" + product + "装好以后漏水，安装师傅说不归他管");
                reviewed.add(city + "：预约的" + product + "安装被取消了，也没人通知");
            }
        }
        TenantScope.inTenant(
                desk.tenant.id(),
                () -> transactions.executeWithoutResult(status -> {
                    for (int i = 0; i < reviewed.size(); i++) {
                        records.save(new ClassificationRecord(
                                desk.tenant.id(),
                                "000301-%06d".formatted(i),
                                "commercial.installation",
                                CategoryView.NEEDS_REFINEMENT,
                                0.2,
                                ClassificationRecord.Method.REVIEW,
                                reviewed.get(i),
                                null,
                                Instant.now(),
                                false));
                    }
                }));
        String number = open("装宽带的师傅说好今天下午上门来装，我请了半天假在家等着，等了一下午也没见人影，打电话也不接，到底还来不来？");

        review.readAll();
        background.settle();

        TicketView placed = ticket(number);
        assertThat(placed.category()).isEqualTo("commercial.installation");
        assertThat(placed.teamId()).isEqualTo(installation.id());
        assertThat(examples.classifier(desk.tenant.id()).reviewed()).isEqualTo(reviewed.size());
        assertThat(examples.reviewedTickets(desk.tenant.id())).isEqualTo(reviewed.size());
    }

    @Test
    void examplesWithAnUnknownCategoryABadLineOrNothingAreRefusedAndTheOldOnesStay() {
        String before = examples.text(desk.tenant.id());

        assertThatThrownBy(() -> examples.change(desk.tenant.id(), "technical.stream | 直播黑屏\nno.such | 文本", desk.admin))
                .isInstanceOfSatisfying(
                        RoutingRefusedException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("routing.examples.line"))
                .hasMessageContaining("Line 2");
        assertThatThrownBy(() -> examples.change(desk.tenant.id(), "technical.stream 直播黑屏", desk.admin))
                .hasMessageContaining("Line 1");
        assertThatThrownBy(() -> examples.change(desk.tenant.id(), "# only a comment\n", desk.admin))
                .isInstanceOfSatisfying(
                        RoutingRefusedException.class,
                        e -> assertThat(e.problems().getFirst().code()).isEqualTo("routing.examples.empty"));
        assertThatThrownBy(() -> examples.change(
                        desk.tenant.id(), "technical.stream | " + "长".repeat(MeaningExamples.MAX_CHARS), desk.admin))
                .isInstanceOf(RoutingRefusedException.class);
        assertThatThrownBy(() -> examples.change(desk.tenant.id(), "technical.stream | 直播黑屏", desk.supervisor))
                .isInstanceOf(RoutingRefusedException.class)
                .hasMessageContaining("admins");

        assertThat(examples.text(desk.tenant.id())).isEqualTo(before);
        assertThat(examples.customised(desk.tenant.id())).isFalse();
    }

    private String open(String description) {
        return desk.openUnclassified(description);
    }

    private TicketView ticket(String number) {
        return queries.get(number, desk.supervisor);
    }

    private java.util.List<String> pendingNumbers() {
        return classifications.pending(desk.supervisor).stream()
                .map(ReviewItem::ticketNumber)
                .toList();
    }
}
