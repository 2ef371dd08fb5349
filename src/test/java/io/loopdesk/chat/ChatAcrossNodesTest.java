package io.loopdesk.chat;

import static io.loopdesk.testing.StompChat.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.RequiresRabbitStomp;
import io.loopdesk.testing.StompChat;
import io.loopdesk.testing.TestNodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.messaging.simp.broker.AbstractBrokerMessageHandler;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes on one database, both relaying chats through RabbitMQ: a visitor on one node and an agent on the other
 * talk, every message arrives once and in order; the visitor's node stops, the visitor reconnects to the other node
 * and gets what was said meanwhile, and the conversation goes on.
 */
@Tag("db")
@ExtendWith({RequiresDatabase.class, RequiresRabbitStomp.class})
class ChatAcrossNodesTest {

    private static final Map<String, Object> RELAY = Map.of(
            "loopdesk.chat.relay.host", RequiresRabbitStomp.HOST,
            "loopdesk.chat.relay.port", RequiresRabbitStomp.PORT,
            // the test sends a burst faster than a person types
            "loopdesk.chat.messages-per-minute", 6000);

    @Test
    void aVisitorOnOneNodeAndAnAgentOnAnotherTalkAndTheVisitorResumesOnTheOtherNodeWhenItsNodeStops() throws Exception {
        try (ConfigurableApplicationContext agentsNode = TestNodes.start("chat_nodes", null, RELAY)) {
            awaitRelay(agentsNode);
            Fixtures fixtures = Fixtures.outside(agentsNode);
            TenantInfo tenant = fixtures.tenant();
            UserView agent = fixtures.staff(tenant, Role.AGENT);
            String agentsBase = fixtures.baseUrl();
            Chats chats = agentsNode.getBean(Chats.class);
            VisitorStart start = chats.start(tenant.code(), "跨节点访客");
            String topic = "/topic/chat." + start.chatId();
            String send = "/app/chat." + start.chatId();

            try (StompChat console = StompChat.staff(agentsBase, fixtures.pages(agent), "zh-CN")) {
                BlockingQueue<JsonNode> agentSees = console.subscribe(topic);
                int lastSeenByVisitor;
                try (ConfigurableApplicationContext visitorsNode =
                                awaitRelay(TestNodes.start("chat_nodes", null, RELAY));
                        StompChat visitor = StompChat.visitor(base(visitorsNode), start.visitorToken(), "zh-CN")) {
                    BlockingQueue<JsonNode> visitorSees = visitor.subscribe(topic);
                    Thread.sleep(1_000); // both subscriptions reach RabbitMQ before the first message

                    for (int i = 1; i <= 20; i++) {
                        visitor.send(send, Map.of("clientId", "v-" + i, "body", "第" + i + "条"));
                    }
                    List<String> received = new ArrayList<>();
                    for (int i = 1; i <= 20; i++) {
                        JsonNode line = next(agentSees, "seq");
                        assertThat(line.get("seq").asInt()).isEqualTo(i);
                        received.add(line.get("body").asString());
                    }
                    assertThat(received).first().isEqualTo("第1条");
                    assertThat(received).last().isEqualTo("第20条");

                    console.send(send, Map.of("clientId", "a-1", "body", "收到，正在处理"));
                    assertThat(next(agentSees, "seq").get("seq").asInt()).isEqualTo(21);
                    lastSeenByVisitor = 0;
                    for (int i = 0; i < 21; i++) {
                        lastSeenByVisitor = next(visitorSees, "seq").get("seq").asInt();
                    }
                    assertThat(lastSeenByVisitor).isEqualTo(21);
                }
                // the visitor's node is gone; the agent goes on writing
                console.send(send, Map.of("clientId", "a-2", "body", "您还在吗？"));
                assertThat(next(agentSees, "seq").get("seq").asInt()).isEqualTo(22);

                // the visitor's page reconnects, behind the load balancer, to the node still running
                try (StompChat visitor = StompChat.visitor(agentsBase, start.visitorToken(), "zh-CN")) {
                    BlockingQueue<JsonNode> visitorSees = visitor.subscribe(topic);
                    JsonNode missed = next(visitor.subscribe(send + ".since." + lastSeenByVisitor));
                    assertThat(missed).hasSize(1);
                    assertThat(missed.get(0).get("body").asString()).isEqualTo("您还在吗？");
                    Thread.sleep(500);

                    visitor.send(send, Map.of("clientId", "v-21", "body", "在的"));
                    assertThat(next(agentSees, "seq").get("body").asString()).isEqualTo("在的");
                    assertThat(next(visitorSees, "seq").get("seq").asInt()).isEqualTo(23);
                }
            }
            assertThat(TenantScope.inTenant(tenant.id(), () -> chats.since(start.chatId(), 0)))
                    .extracting(ChatLine::seq)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 23)
                            .boxed()
                            .toList());
        }
    }

    /**
     * Waits until the node's relay has its connection to RabbitMQ: a node takes STOMP clients only from then on, and
     * a starting node gets there a moment after it answers HTTP.
     */
    private static ConfigurableApplicationContext awaitRelay(ConfigurableApplicationContext node) {
        AbstractBrokerMessageHandler relay =
                node.getBean("stompBrokerRelayMessageHandler", AbstractBrokerMessageHandler.class);
        await().atMost(Duration.ofSeconds(30)).until(relay::isBrokerAvailable);
        return node;
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
    }
}
