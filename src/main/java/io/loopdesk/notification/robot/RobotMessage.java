package io.loopdesk.notification.robot;

import java.util.List;
import tools.jackson.databind.ObjectMapper;

/**
 * What a robot posts: the notice's text in the tenant's language and the mobile numbers of the staff it is for, to
 * @-mention them. Kept as the notification's body (JSON), so a retry posts the same message.
 */
public record RobotMessage(String text, List<String> mobiles) {

    public RobotMessage {
        mobiles = List.copyOf(mobiles);
    }

    public String toJson(ObjectMapper json) {
        return json.writeValueAsString(this);
    }

    public static RobotMessage fromJson(String body, ObjectMapper json) {
        return json.readValue(body, RobotMessage.class);
    }
}
