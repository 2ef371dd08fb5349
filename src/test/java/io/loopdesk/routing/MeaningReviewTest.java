package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.view.TicketView;
import java.time.Instant;
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
