package io.loopdesk.identity.token;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** No API token with this id exists in the caller's scope. */
public class UnknownApiTokenException extends DomainException {

    public UnknownApiTokenException(long tokenId) {
        super(
                Kind.NOT_FOUND,
                Phrase.of("error.identity.token.unknown", String.valueOf(tokenId)),
                "No such API token: " + tokenId,
                List.of());
    }
}
