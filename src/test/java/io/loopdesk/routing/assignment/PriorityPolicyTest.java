package io.loopdesk.routing.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.routing.incident.TextSimilarity;
import io.loopdesk.ticket.value.Urgency;
import org.junit.jupiter.api.Test;

class PriorityPolicyTest {

    @Test
    void businessStoppingComesBeforeUrgentBeforeNormal() {
        assertThat(PriorityPolicy.score(Urgency.CRITICAL, CustomerLevel.STANDARD, false))
                .isGreaterThan(PriorityPolicy.score(Urgency.URGENT, CustomerLevel.VIP, false))
                .isGreaterThan(PriorityPolicy.score(Urgency.NORMAL, CustomerLevel.VIP, false));
    }

    @Test
    void aVipOrAComplaintGoesAheadOfTheSameUrgency() {
        int plain = PriorityPolicy.score(Urgency.NORMAL, CustomerLevel.STANDARD, false);
        assertThat(PriorityPolicy.score(Urgency.NORMAL, CustomerLevel.VIP, false))
                .isGreaterThan(plain);
        assertThat(PriorityPolicy.score(Urgency.NORMAL, CustomerLevel.STANDARD, true))
                .isGreaterThan(plain);
    }

    @Test
    void similarTextsAreFoundInChineseAndEnglish() {
        assertThat(TextSimilarity.of("直播间卡顿严重，画面一直转圈", "直播间卡顿严重，画面转圈")).isGreaterThan(0.5);
        assertThat(TextSimilarity.of("直播间卡顿严重", "退货寄回后迟迟不退款")).isLessThan(0.1);
        assertThat(TextSimilarity.of("App crashes on start", "the app crashes at start"))
                .isGreaterThan(0.3);
    }
}
