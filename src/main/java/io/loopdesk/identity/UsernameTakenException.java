package io.loopdesk.identity;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/**
 * The username is already someone's, in this tenant or another: one sign-in page serves every tenant, so
 * usernames are unique across the installation.
 */
public class UsernameTakenException extends DomainException {

    UsernameTakenException(String username) {
        super(
                Kind.CONFLICT,
                "The username " + username + " is already taken; choose another.",
                List.of(new FieldProblem(
                        "username",
                        "identity.username.taken",
                        "The username " + username + " is already taken; choose another.",
                        List.of(username))));
    }
}
