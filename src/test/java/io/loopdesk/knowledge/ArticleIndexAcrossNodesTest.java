package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestNodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Each node keeps its own search index; an article written on either node is found on both, as it now is, and a
 * node started later finds what was written before it started.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class ArticleIndexAcrossNodesTest {

    private static final String DATABASE = "kb_index";

    @Test
    void anArticleWrittenOnEitherNodeIsFoundOnBoth() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "nodes hear each other through PostgreSQL; H2 serves one node");
        try (ConfigurableApplicationContext one = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class);
                ConfigurableApplicationContext two = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class)) {
            Fixtures fixtures = one.getBean(Fixtures.class);
            TenantInfo tenant = fixtures.tenant();
            Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));

            long written = published(one, editor, "路由器重启方法", "<p>拔掉电源十秒后再插上。</p>");
            long writtenOnTwo = published(two, editor, "路由器指示灯含义", "<p>红灯表示没有网络。</p>");
            eventually(() -> ids(two, tenant, "路由器"), List.of(written, writtenOnTwo));
            eventually(() -> ids(one, tenant, "路由器"), List.of(written, writtenOnTwo));

            two.getBean(Articles.class).edit(written, draft("光猫重启方法", "<p>拔掉光猫电源十秒后再插上。</p>"), null, editor);
            one.getBean(Articles.class).move(writtenOnTwo, ArticleStatus.ARCHIVED, editor);
            eventually(() -> ids(one, tenant, "路由器"), List.of());
            eventually(() -> ids(one, tenant, "光猫"), List.of(written));
            eventually(() -> ids(two, tenant, "光猫"), List.of(written));

            try (ConfigurableApplicationContext three = TestNodes.start(DATABASE, null, Map.of(), Fixtures.class)) {
                eventually(() -> ids(three, tenant, "光猫"), List.of(written));
            }
        }
    }

    private static long published(ConfigurableApplicationContext node, Actor editor, String title, String body) {
        Articles articles = node.getBean(Articles.class);
        long id = articles.create(draft(title, body), null, editor).id();
        articles.move(id, ArticleStatus.PUBLISHED, editor);
        return id;
    }

    private static List<Long> ids(ConfigurableApplicationContext node, TenantInfo tenant, String query) {
        return node.getBean(ArticleSearch.class).published(tenant.id(), query, null, 10).stream()
                .map(ArticleHit::id)
                .sorted()
                .toList();
    }

    /** Signals cross nodes in milliseconds; waits at most 10 s for what {@code actual} reads to become {@code expected}. */
    private static void eventually(Supplier<List<Long>> actual, List<Long> expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Long> sorted = expected.stream().sorted().toList();
        while (!actual.get().equals(sorted) && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        assertThat(actual.get()).isEqualTo(sorted);
    }

    private static ArticleDraft draft(String title, String body) {
        return new ArticleDraft(ArticleKind.FAQ, title, body, null, null, null, "zh-CN", List.of());
    }
}
