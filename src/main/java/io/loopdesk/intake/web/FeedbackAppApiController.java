package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.feedback.FeedbackAppView;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.IssuedAppKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tenant admins manage the apps that submit feedback: register (key shown once), rotate the key, revoke. */
@RestController
@RequestMapping("/api/v1/feedback-apps")
@Tag(name = "App feedback", description = "Feedback from brands' apps, signed in with the app's key")
class FeedbackAppApiController {

    private final FeedbackApps apps;

    FeedbackAppApiController(FeedbackApps apps) {
        this.apps = apps;
    }

    /** A new app. */
    record NewApp(String name, @Nullable String product) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an app; the answer's key is shown this once")
    IssuedAppKey register(@RequestBody NewApp app, Actor actor) {
        return apps.register(app.name() == null ? "" : app.name(), app.product(), actor);
    }

    @GetMapping
    @Operation(summary = "The tenant's apps (never their keys)")
    List<FeedbackAppView> list(Actor actor) {
        return apps.list(actor);
    }

    @PostMapping("/{id}/key")
    @Operation(summary = "Rotate the app's key: the new key is shown this once, the old one stops working")
    IssuedAppKey rotate(@PathVariable long id, Actor actor) {
        return apps.rotate(id, actor);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke the app: its key stops working")
    FeedbackAppView revoke(@PathVariable long id, Actor actor) {
        return apps.revoke(id, actor);
    }
}
