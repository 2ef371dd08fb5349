package io.loopdesk.sla.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reading of complaint signals by meaning, with the real model and the shipped examples. */
class ComplaintMeaningTest {

    final ComplaintMeaning meaning =
            ComplaintMeaning.of(NearestExamples.read(ComplaintMeaning.RESOURCE), SentenceEncoder.shared());

    @Test
    void aTextIsReadClauseByClauseAndWhole() {
        assertThat(ComplaintMeaning.clauses("耳机没声音，申请换货三天没人理。再这样我就去消协投诉了！OK"))
                .containsExactly("耳机没声音", "申请换货三天没人理", "再这样我就去消协投诉了", "耳机没声音，申请换货三天没人理。再这样我就去消协投诉了！OK");
        assertThat(ComplaintMeaning.clauses("  门锁离线  ")).containsExactly("门锁离线");
        assertThat(ComplaintMeaning.clauses("好。" + "这是一句话，".repeat(40))).hasSize(ComplaintMeaning.MAX_CLAUSES + 1);
    }

    @Test
    void threatsAndRequestsNoWordListHasAreReadWithTheClauseAndTheExampleAsTheReason() {
        List<List<ComplaintMeaning.Found>> read = meaning.read(List.of(
                "手机充不进电，售后推来推去，再不解决我就拍个视频发到抖音上，让大家都看看你们的售后",
                "Your courier broke my TV and nobody answers. I'm taking this to the consumer protection office.",
                "别让机器人回复我了，找一个能做决定的人直接联系我"));

        assertThat(read.get(0)).anySatisfy(found -> {
            assertThat(found.signal()).isEqualTo(ComplaintSignal.THREATENS_PUBLICITY);
            assertThat(found.clause()).contains("抖音");
            assertThat(found.example()).isNotBlank();
        });
        assertThat(read.get(1))
                .extracting(ComplaintMeaning.Found::signal)
                .contains(ComplaintSignal.THREATENS_AUTHORITIES);
        assertThat(read.get(2))
                .extracting(ComplaintMeaning.Found::signal)
                .contains(ComplaintSignal.PHONE_CALL_REQUESTED);
    }

    @Test
    void calmReportsOfTheSameProblemsAreNotComplaints() {
        assertThat(meaning.read(List.of(
                        "手机充不进电，请问可以寄回检测吗",
                        "My TV arrived with a cracked screen, could you arrange a replacement?",
                        "请问怎么联系人工客服",
                        Fixtures.DESCRIPTION)))
                .allSatisfy(found -> assertThat(found).isEmpty());
    }

    /**
     * The development texts the margin and the number of nearest examples were chosen on (apart from the
     * independent set): most complaints caught, few calm texts flagged.
     */
    @Test
    void onTheDevelopmentTextsMostComplaintsAreCaughtAndFewCalmTextsFlagged() {
        List<NearestExamples.Example> texts = NearestExamples.read("complaint/development.txt");
        List<List<ComplaintMeaning.Found>> read =
                meaning.read(texts.stream().map(NearestExamples.Example::text).toList());
        long complaints =
                texts.stream().filter(t -> t.label().equals("complaint")).count();
        long caught = 0;
        long falseFlags = 0;
        for (int i = 0; i < texts.size(); i++) {
            boolean complaint = texts.get(i).label().equals("complaint");
            if (!read.get(i).isEmpty()) {
                caught += complaint ? 1 : 0;
                falseFlags += complaint ? 0 : 1;
            }
        }
        System.out.printf(
                "Development texts: %d of %d complaints caught, %d of %d calm texts flagged%n",
                caught, complaints, falseFlags, texts.size() - complaints);
        // chosen at 60 of 80 caught and 7 of 85 flagged; 58 and 6 once trying again oneself became calm examples
        assertThat((double) caught / complaints).isGreaterThanOrEqualTo(0.7);
        assertThat((double) falseFlags / (texts.size() - complaints)).isLessThanOrEqualTo(0.1);
    }

    @Test
    void examplesWithAnUnknownSignalOrNoCalmOnesAreRefused() {
        SentenceEncoder encoder = SentenceEncoder.shared();
        assertThatThrownBy(() -> ComplaintMeaning.of(NearestExamples.parse("anger | 气死了\ncalm | 你好"), encoder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("anger")
                .hasMessageContaining("authority");
        assertThatThrownBy(() -> ComplaintMeaning.of(NearestExamples.parse("tone | 气死了"), encoder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calm");
        assertThatThrownBy(() -> NearestExamples.parse("tone | 气死了\njust a sentence"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 2");
    }
}
