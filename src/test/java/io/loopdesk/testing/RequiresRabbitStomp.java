package io.loopdesk.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a test that relays chats through RabbitMQ when its STOMP plugin does not answer on 127.0.0.1:61613, saying
 * why; fails it instead under {@code LOOPDESK_REQUIRE_ALL_TESTS=true} (CI enables the plugin).
 */
public class RequiresRabbitStomp implements ExecutionCondition {

    public static final String HOST = "127.0.0.1";
    public static final int PORT = 61613;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 2_000);
            return ConditionEvaluationResult.enabled("RabbitMQ's STOMP plugin answers");
        } catch (IOException unreachable) {
            return RequiresDatabase.skipOrFail("RabbitMQ's STOMP plugin does not answer on " + HOST + ":" + PORT
                    + " (start RabbitMQ, then: rabbitmq-plugins enable rabbitmq_stomp)");
        }
    }
}
