package io.loopdesk.sla.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.Phrase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The complaint-tendency rules as functions, with the shipped word list. */
class ComplaintRulesTest {

    private static final WordList WORDS =
            WordList.read(ComplaintRulesTest.class.getResourceAsStream("/sla/complaint-words.txt"));
    private static final Instant T = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aRequestToBePhonedIsFoundInChineseAndEnglish() {
        assertThat(ComplaintRules.asksForPhoneCall(WORDS, "问题一直没解决，请尽快给我打个电话！"))
                .contains(Phrase.of("sla.complaint.evidence.words", "打个电话"));
        assertThat(ComplaintRules.asksForPhoneCall(WORDS, "Please CALL ME back today"))
                .contains(Phrase.of("sla.complaint.evidence.words", "call me"));
        assertThat(ComplaintRules.asksForPhoneCall(WORDS, "我的电话号码是 13812341234"))
                .isEmpty();
    }

    @Test
    void abusiveAndHeatedWordsAreFoundAsWholeWordsInEnglishAndAnywhereInChinese() {
        assertThat(ComplaintRules.heatedWords(WORDS, "你们这是什么破服务，我要去１２３１５投诉"))
                .contains(Phrase.of("sla.complaint.evidence.words", "投诉"));
        assertThat(ComplaintRules.heatedWords(WORDS, "What a SCAM."))
                .contains(Phrase.of("sla.complaint.evidence.words", "scam"));
        assertThat(ComplaintRules.heatedWords(WORDS, "The shitake order is late"))
                .isEmpty();
        assertThat(ComplaintRules.heatedWords(WORDS, "你们是白痴吗"))
                .contains(Phrase.of("sla.complaint.evidence.words", "白痴"));
        assertThat(ComplaintRules.heatedWords(WORDS, "滚动条在安卓上不显示")).isEmpty();
        // a Latin word ends at anything that is not a letter or digit, CJK punctuation included
        assertThat(ComplaintRules.heatedWords(WORDS, "这就是（scam）！"))
                .contains(Phrase.of("sla.complaint.evidence.words", "scam"));
        assertThat(ComplaintRules.heatedWords(WORDS, "order SCAM2 arrived")).isEmpty();
    }

    @Test
    void manyMessagesInAShortTimeAreABurst() {
        List<Instant> quick = List.of(T, T.plusSeconds(120), T.plusSeconds(400));
        List<Instant> spread = List.of(T, T.plusSeconds(1200), T.plusSeconds(2400));

        assertThat(ComplaintRules.messageBurst(quick, 3, Duration.ofMinutes(10)))
                .contains(Phrase.of("sla.complaint.evidence.burst", 3, 6L));
        assertThat(ComplaintRules.messageBurst(spread, 3, Duration.ofMinutes(10)))
                .isEmpty();
        assertThat(ComplaintRules.messageBurst(quick.subList(0, 2), 3, Duration.ofMinutes(10)))
                .isEmpty();
    }

    @Test
    void theSameProblemIsTheSameProductWithOverlappingWords() {
        ProblemSketch lock1 = ProblemSketch.of("1", "智能门锁 X2", null, "门锁离线", "门锁一直显示离线，无法远程开锁");
        ProblemSketch lock2 = ProblemSketch.of("2", "智能门锁 X2", null, "又离线了", "门锁又显示离线，远程开锁不能用");
        ProblemSketch lock3 = ProblemSketch.of("3", "智能门锁 X2", null, "还是离线", "门锁还是离线，无法远程开锁");
        ProblemSketch battery = ProblemSketch.of("4", "智能门锁 X2", null, "电池", "请问电池多久换一次？");
        ProblemSketch camera = ProblemSketch.of("5", "摄像头 C1", null, "门锁离线", "门锁一直显示离线，无法远程开锁");

        assertThat(lock1.sameProblemAs(lock2)).isTrue();
        assertThat(lock1.sameProblemAs(battery)).isFalse();
        assertThat(lock1.sameProblemAs(camera)).isFalse();
        assertThat(ComplaintRules.repeatedProblem(lock3, List.of(lock1, lock2, battery), 3))
                .contains(Phrase.of("sla.complaint.evidence.sameProblem", "1, 2"));
        assertThat(ComplaintRules.repeatedProblem(lock3, List.of(lock1, battery, camera), 3))
                .isEmpty();
    }

    @Test
    void aWordListLineOutsideASectionIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> WordList.read(new ByteArrayInputStream("傻逼\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 1");
    }
}
