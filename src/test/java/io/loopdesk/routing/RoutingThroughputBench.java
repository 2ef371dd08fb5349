package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.bench.MachineCpu;
import io.loopdesk.identity.Actor;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not a test (tag {@code bench}, left out of {@code ./loopdesk test}): tickets registered without a
 * category, classified on arrival, queued and assigned to on-duty agents, end to end. See bench/README.md.
 */
@IntegrationTest
@Tag("bench")
@Import(RoutingFixture.class)
class RoutingThroughputBench {

    /** The radar's surges kept out of the way, as its similar tickets are. */
    private static final SurgeRule QUIET = new SurgeRule(60, 3.0, 10_000);

    private static final int TICKETS = Integer.getInteger("bench.tickets", 10_000);
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final int AGENTS = 50;

    private static final List<String> TEXTS = List.of(
            "今天早上开始无法登录，一直提示账号或密码错误，找回密码也收不到短信验证码，所有设备都绑定在这个账号上。",
            "晚上八点后进入任何直播间都非常卡，画面几秒就转圈，声音断断续续，家里宽带测速正常，其他视频 App 都正常。",
            "在直播间买的羽绒服，穿了两次就开始大量跑绒，拉链也坏了，联系商家说不在退换期内不给处理，希望平台介入。",
            "After the app updated itself to 5.2.0 yesterday it crashes a few seconds after opening, on iPhone 13 with iOS 18.",
            "I ordered in a live room on Singles' Day with shipping promised within 48 hours; ten days later it is not shipped.",
            "直播间 ID 88231 的主播多次在直播中使用低俗语言并做出不雅动作，直播间里有很多未成年人观看，请平台尽快核查。",
            "建议回放支持 1.5 倍和 2 倍速播放，并且能按商品讲解时间点跳转，带货直播时间很长，回看的时候很不方便。",
            "新买的摄像头按说明书配网，每次都卡在 95% 然后提示超时，已经试过靠近路由器、重置摄像头三次，还是不行。");

    @Autowired
    RoutingFixture routing;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Test
    void classifyAndAssign() throws Exception {
        RoutingFixture.Desk desk = routing.desk();
        desk.rules(new RoutingRules(0.6, 1_000, true, null, null, 30, 10_000, QUIET));
        List<TeamView> teams = new ArrayList<>();
        for (String category : List.of(
                "technical", "content", "commercial", "suggestion", "consultation", CategoryView.NEEDS_REFINEMENT)) {
            teams.add(desk.team(category, null));
        }
        for (int i = 0; i < AGENTS; i++) {
            desk.agent(teams.get(i % teams.size()), Set.of(), null, true);
        }
        Actor registrar = desk.supervisor;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> {
                for (int i = thread; i < TICKETS; i += THREADS) {
                    OpenTicket ticket = Fixtures.validTicket()
                            .category(null)
                            .title(null)
                            .urgency(i % 7 == 0 ? Urgency.URGENT : Urgency.NORMAL)
                            .description(TEXTS.get(i % TEXTS.size()) + " #" + i)
                            .build();
                    tickets.open(desk.tenant.id(), Channel.APP, ticket, registrar);
                }
                return null;
            });
        }
        MachineCpu before = MachineCpu.now();
        Instant start = Instant.now();
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        Instant registered = Instant.now();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> assigned(desk) == TICKETS);
        Instant end = Instant.now();
        MachineCpu used = MachineCpu.now().minus(before);
        pool.shutdown();

        long needsRefinement = jdbc.sql("select count(*) from ticket where tenant_id = ? and category = ?")
                .params(desk.tenant.id(), CategoryView.NEEDS_REFINEMENT)
                .query(Long.class)
                .single();
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        String result = String.format(
                """
                database: %s
                tickets: %d registered by %d threads, classified on arrival, queued and assigned to %d on-duty agents
                registration (incl. classification): %.1f s
                all assigned after: %.1f s
                throughput: %.0f tickets/minute end to end
                machine CPU: %.1f ms per ticket (all processes, %.0f %% busy, %.1f %% stolen by the host)
                sent to needs-refinement: %d
                """,
                TestDatabase.kind(),
                TICKETS,
                THREADS,
                AGENTS,
                Duration.between(start, registered).toMillis() / 1000.0,
                seconds,
                TICKETS * 60 / seconds,
                used.busyMillis() / TICKETS,
                used.busyPercent(),
                used.stealPercent(),
                needsRefinement);
        System.out.println(result);
        Path out = Path.of("target", "bench", "routing-" + TestDatabase.kind() + ".txt");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(assigned(desk)).isEqualTo(TICKETS);
    }

    private long assigned(RoutingFixture.Desk desk) {
        return jdbc.sql("select count(*) from ticket where tenant_id = ? and assignee_id is not null")
                .param(desk.tenant.id())
                .query(Long.class)
                .single();
    }
}
