package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.robot.ImRobots;
import io.loopdesk.notification.robot.RobotVendor;
import io.loopdesk.shared.web.PageActions;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant admin's page of IM robots: add one to a staff group chat, test it, remove it. */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class RobotAdminController {

    private final PageActions actions;
    private final ImRobots robots;

    RobotAdminController(PageActions actions, ImRobots robots) {
        this.actions = actions;
        this.robots = robots;
    }

    @GetMapping("/admin/robots")
    String list(Actor actor, Model model) {
        model.addAttribute("robots", robots.list(actor));
        model.addAttribute("vendors", RobotVendor.values());
        return "notification/robots";
    }

    @PostMapping("/admin/robots")
    String add(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable RobotVendor vendor,
            @RequestParam(required = false) @Nullable String url,
            @RequestParam(required = false) @Nullable String secret,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(actor, model, redirect, "robot.added", () -> robots.add(name, vendor, url, secret, actor));
    }

    @PostMapping("/admin/robots/{id}/test")
    String test(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(actor, model, redirect, "robot.tested", () -> robots.test(id, actor));
    }

    @PostMapping("/admin/robots/{id}/remove")
    String remove(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(actor, model, redirect, "robot.removed", () -> {
            robots.remove(id, actor);
            return id;
        });
    }

    private String act(Actor actor, Model model, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        return switch (actions.run(action)) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", doneKey);
                yield "redirect:/admin/robots";
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield list(actor, model);
            }
        };
    }
}
