package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.knowledge.ArticleDiff.Change;
import io.loopdesk.knowledge.ArticleDiff.Line;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A version's changes are read block by block: what stayed, what went, what came, and which fields changed. */
class ArticleDiffTest {

    @Test
    void aChangedParagraphIsOneRemovedAndOneAddedBlockBetweenKeptOnes() {
        ArticleDiff diff = ArticleDiff.between(
                2,
                draft("滤芯更换", "<h2>步骤</h2><p>每六个月更换一次。</p><ul><li>关机</li><li>拔下旧滤芯</li></ul>", List.of("滤芯")),
                draft("滤芯更换", "<h2>步骤</h2><p>每三个月更换一次。</p><ul><li>关机</li><li>拔下旧滤芯</li></ul>", List.of("滤芯", "净水器")));

        assertThat(diff.body())
                .containsExactly(
                        new Line(Change.KEPT, "步骤"),
                        new Line(Change.REMOVED, "每六个月更换一次。"),
                        new Line(Change.ADDED, "每三个月更换一次。"),
                        new Line(Change.KEPT, "• 关机"),
                        new Line(Change.KEPT, "• 拔下旧滤芯"));
        assertThat(diff.fields()).containsExactly(new ArticleDiff.FieldChange("tags", "滤芯", "滤芯, 净水器"));
        assertThat(diff.bodyChanged()).isTrue();
    }

    @Test
    void aFirstVersionIsAllNewAndNestedBlocksCountOnce() {
        ArticleDiff diff = ArticleDiff.between(1, null, draft("术语", "<ul><li><p>配网</p></li></ul>纯文本", List.of()));

        assertThat(diff.body()).containsExactly(new Line(Change.ADDED, "• 配网"));
        assertThat(diff.fields()).extracting(ArticleDiff.FieldChange::field).contains("title", "kind", "language");
    }

    private static ArticleDraft draft(String title, String body, List<String> tags) {
        return new ArticleDraft(ArticleKind.FAQ, title, body, null, null, null, "zh-CN", tags);
    }
}
