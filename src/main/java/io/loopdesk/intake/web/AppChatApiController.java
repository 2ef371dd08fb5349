package io.loopdesk.intake.web;

import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Live chat for a brand's signed-in app user: the brand's server, holding the app's key, vouches for the user's id
 * and gets a chat and the address its app opens in a webview. The key never reaches the phone; the address carries the
 * chat's own token, after the {@code #}, so it is not sent to any server or written to any log.
 */
@RestController
@Tag(name = "App feedback", description = "Feedback from brands' apps, signed in with the app's key")
class AppChatApiController {

    private final Chats chats;
    private final Tenants tenants;

    AppChatApiController(Chats chats, Tenants tenants) {
        this.chats = chats;
        this.tenants = tenants;
    }

    /**
     * The user's id in the app, the name agents call them by (their id if none), and optionally a team (by name)
     * and an agent skill for routing.
     */
    record ChatRequest(
            @Nullable String userId,
            @Nullable String name,
            @Nullable String team,
            @Nullable String skill) {}

    /** The chat, its visitor token (as for a web visitor) and the page the app opens. */
    record AppChat(long chatId, String visitorToken, Instant validUntil, String url) {}

    @PostMapping("/api/v1/feedback/chats")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a live chat for the app's signed-in user; open the answer's url in a webview")
    AppChat start(
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app,
            @RequestBody ChatRequest request,
            HttpServletRequest http) {
        VisitorStart start = chats.startForApp(
                app.tenantId(),
                app.appId(),
                request.userId() == null ? "" : request.userId(),
                request.name() == null ? "" : request.name(),
                request.team(),
                request.skill());
        String code = tenants.byId(app.tenantId()).map(TenantInfo::code).orElseThrow();
        String url = ServletUriComponentsBuilder.fromContextPath(http)
                        .path("/chat/w/{tenant}")
                        .buildAndExpand(code)
                        .toUriString()
                + "#chat=" + start.chatId() + "." + start.visitorToken();
        return new AppChat(start.chatId(), start.visitorToken(), start.tokenValidUntil(), url);
    }
}
