package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.ApiTokenView;
import io.loopdesk.identity.ApiTokens;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.IssuedApiToken;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.TokenLifetime;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I, the tenant's users (for tenant admins), and API tokens. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Identity", description = "Users, roles and API tokens")
class IdentityApiController {

    private final UserAccounts users;
    private final ApiTokens tokens;

    IdentityApiController(UserAccounts users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user")
    Actor me(Actor actor) {
        return actor;
    }

    @GetMapping("/users")
    @Operation(summary = "The tenant's users (tenant admins, supervisors, operators)")
    List<UserView> users(Actor actor) {
        requireAny(actor, Set.of(Role.TENANT_ADMIN, Role.SUPERVISOR, Role.PLATFORM_OPERATOR));
        return users.all();
    }

    /** A user to create. */
    record NewUserRequest(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable String phone,
            @Nullable Set<Role> roles,
            @Nullable CustomerLevel customerLevel,
            @Nullable String password) {}

    @PostMapping("/users")
    @Operation(summary = "Create a user in your tenant (tenant admins)")
    ResponseEntity<UserView> create(@RequestBody NewUserRequest request, Actor actor) {
        requireAny(actor, Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR));
        Set<Role> roles = request.roles() == null ? Set.of() : request.roles();
        if (roles.contains(Role.PLATFORM_OPERATOR) && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw new AccessDeniedException("Only platform operators create platform operators.");
        }
        refuseProviderStaff(roles);
        NewUser user = new NewUser(
                nonNull(request.username(), "username"),
                nonNull(request.displayName(), "displayName"),
                request.email(),
                request.phone(),
                roles,
                request.customerLevel() == null ? CustomerLevel.STANDARD : request.customerLevel());
        return ResponseEntity.status(201)
                .body(users.create(actor.tenantId(), user, nonNull(request.password(), "password")));
    }

    /** A change of roles or enabled flag. */
    record UserChange(@Nullable Set<Role> roles, @Nullable Boolean enabled) {}

    @PatchMapping("/users/{id}")
    @Operation(summary = "Change a user's roles or disable them (tenant admins)")
    UserView change(@PathVariable long id, @RequestBody UserChange change, Actor actor) {
        requireAny(actor, Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR));
        if (change.roles() != null
                && change.roles().contains(Role.PLATFORM_OPERATOR)
                && !actor.has(Role.PLATFORM_OPERATOR)) {
            throw new AccessDeniedException("Only platform operators make platform operators.");
        }
        if (change.roles() != null) {
            refuseProviderStaff(change.roles());
        }
        UserView result = users.byId(id).orElseThrow(() -> new io.loopdesk.identity.UnknownUserException(id));
        if (change.roles() != null) {
            result = users.changeRoles(id, change.roles());
        }
        if (change.enabled() != null) {
            result = users.enable(id, change.enabled());
        }
        return result;
    }

    /** A token to issue. */
    record TokenRequest(
            @Nullable String name,
            @Nullable Long userId,
            @Nullable Integer validDays,
            @Nullable Boolean neverExpires) {}

    @PostMapping("/api-tokens")
    @Operation(
            summary = "Issue an API token",
            description = "For yourself, or (tenant admins) for a user of your tenant. Tokens expire after validDays"
                    + " (default 90; at most 365 for staff, 90 for customers); tenant admins may issue staff tokens"
                    + " that never expire (neverExpires). The secret is in this response only; store it safely.")
    ResponseEntity<IssuedApiToken> issue(@RequestBody TokenRequest request, Actor actor) {
        long owner = request.userId() == null ? requireUser(actor) : request.userId();
        boolean admin = actor.hasAny(Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR));
        if (owner != requireUser(actor) && !admin) {
            throw new AccessDeniedException("Your role does not allow this.");
        }
        TokenLifetime lifetime = new TokenLifetime(request.validDays(), Boolean.TRUE.equals(request.neverExpires()));
        return ResponseEntity.status(201).body(tokens.issue(owner, nonNull(request.name(), "name"), lifetime, admin));
    }

    @GetMapping("/api-tokens")
    @Operation(summary = "List API tokens", description = "Yours; tenant admins see all of their tenant's.")
    List<ApiTokenView> tokens(Actor actor) {
        return actor.hasAny(Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR))
                ? tokens.all()
                : tokens.of(requireUser(actor));
    }

    @DeleteMapping("/api-tokens/{id}")
    @Operation(summary = "Revoke an API token")
    ApiTokenView revoke(@PathVariable long id, Actor actor) {
        boolean own = tokens.of(requireUser(actor)).stream().anyMatch(t -> t.id() == id);
        if (!own) {
            requireAny(actor, Set.of(Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR));
        }
        return tokens.revoke(id);
    }

    private static long requireUser(Actor actor) {
        if (actor.userId() == null) {
            throw new AccessDeniedException("Only users hold API tokens.");
        }
        return actor.userId();
    }

    private static void requireAny(Actor actor, Set<Role> roles) {
        if (!actor.hasAny(roles)) {
            throw new AccessDeniedException("Your role does not allow this.");
        }
    }

    private static String nonNull(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return value;
    }

    /** A provider's person belongs to a provider and is added on its page, never made a tenant's user here. */
    private static void refuseProviderStaff(Set<Role> roles) {
        if (roles.contains(Role.PROVIDER_STAFF)) {
            throw new AccessDeniedException(
                    "A service provider's person is added on the provider's page by a platform operator.");
        }
    }
}
