package io.loopdesk.testing;

import tools.jackson.databind.ObjectMapper;

/** Builds {@link Api} clients for tests outside the shared context. */
public final class ApiAccess {

    private ApiAccess() {}

    public static Api basic(String baseUrl, String username, String password, ObjectMapper json) {
        return Api.basic(baseUrl, username, password, json);
    }
}
