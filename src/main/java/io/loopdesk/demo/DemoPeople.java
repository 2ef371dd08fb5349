package io.loopdesk.demo;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserView;
import java.util.List;
import java.util.Map;

/** The people of one demo tenant, as actors that can act on tickets. */
record DemoPeople(
        long tenantId,
        List<Actor> agents,
        List<Actor> engineers,
        Actor supervisor,
        List<Actor> customers,
        List<UserView> customerAccounts,
        Map<String, Long> teamByCategory) {

    /** The team whose queue a category belongs in: the longest matching category prefix. */
    Long teamFor(String category) {
        String key = category;
        while (!teamByCategory.containsKey(key) && key.contains(".")) {
            key = key.substring(0, key.lastIndexOf('.'));
        }
        return teamByCategory.getOrDefault(key, teamByCategory.get("*"));
    }

    static Actor actor(UserView user) {
        return new Actor(user.id(), user.tenantId(), user.username(), user.displayName(), user.roles());
    }
}
