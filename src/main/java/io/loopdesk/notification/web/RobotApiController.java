package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.robot.ImRobotView;
import io.loopdesk.notification.robot.ImRobots;
import io.loopdesk.notification.robot.RobotVendor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The company-IM robots of the tenant's staff group chats (tenant admins). */
@RestController
@RequestMapping("/api/v1/im-robots")
@Tag(name = "IM robots")
class RobotApiController {

    private final ImRobots robots;

    RobotApiController(ImRobots robots) {
        this.robots = robots;
    }

    /** A robot to add: its name, its IM, the address the IM gave and, for DingTalk or Feishu, its signing secret. */
    record NewRobot(
            @Nullable String name,
            @Nullable RobotVendor vendor,
            @Nullable String url,
            @Nullable String secret) {}

    @GetMapping
    @Operation(summary = "The tenant's IM robots (addresses shown without their key)")
    List<ImRobotView> list(Actor actor) {
        return robots.list(actor);
    }

    @PostMapping
    @Operation(summary = "Add a WeCom, DingTalk or Feishu group robot; staff notices are posted to it from now on")
    ResponseEntity<ImRobotView> add(@RequestBody NewRobot robot, Actor actor) {
        return ResponseEntity.status(201)
                .body(robots.add(robot.name(), robot.vendor(), robot.url(), robot.secret(), actor));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a robot")
    ResponseEntity<Void> remove(@PathVariable long id, Actor actor) {
        robots.remove(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Post a test message to the robot's group")
    ResponseEntity<Map<String, Long>> test(@PathVariable long id, Actor actor) {
        return ResponseEntity.accepted().body(Map.of("notificationId", robots.test(id, actor)));
    }
}
