package io.loopdesk.routing.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The pages of the tenant admin's routing settings. One long form did not fit a screen, so each part is a page of
 * its own under {@code /admin/routing/<path>}, the rules at {@code /admin/routing}.
 */
enum RoutingAdminSection {
    RULES(""),
    TEAMS("teams"),
    SHIFTS("shifts"),
    CATEGORIES("categories"),
    AGENTS("agents");

    private final String path;

    RoutingAdminSection(String path) {
        this.path = path;
    }

    /** The page's address. */
    public String href() {
        return path.isEmpty() ? "/admin/routing" : "/admin/routing/" + path;
    }

    /** The message key of the page's tab. */
    public String label() {
        return "admin.routing.section." + name().toLowerCase(Locale.ROOT);
    }

    static Optional<RoutingAdminSection> at(String path) {
        return Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }
}
