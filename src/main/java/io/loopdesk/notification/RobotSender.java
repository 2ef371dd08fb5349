package io.loopdesk.notification;

import io.loopdesk.notification.robot.ImRobots;
import io.loopdesk.notification.robot.RobotMessage;
import io.loopdesk.notification.robot.RobotPost;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Posts robot notifications to their group chats: the robot read as it is now, the message as it was queued. */
@Component
class RobotSender implements NotificationSender {

    private final ImRobots robots;
    private final RobotPost post;
    private final ObjectMapper json;

    RobotSender(ImRobots robots, RobotPost post, ObjectMapper json) {
        this.robots = robots;
        this.post = post;
        this.json = json;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.IM_ROBOT;
    }

    @Override
    public String deliver(Notification notification) throws DeliveryFailedException {
        long id;
        try {
            id = Long.parseLong(notification.address().substring(Recipient.Robot.PREFIX.length()));
        } catch (RuntimeException e) {
            throw new DeliveryFailedException("Not a robot address: " + notification.address(), false);
        }
        ImRobots.Resolved robot = robots.resolve(notification.tenantId(), id)
                .orElseThrow(() -> new DeliveryFailedException("The IM robot " + id + " was removed", false));
        post.send(robot.vendor(), robot.url(), robot.secret(), RobotMessage.fromJson(notification.body(), json));
        return robot.vendor().name().toLowerCase(java.util.Locale.ROOT) + "-robot";
    }
}
