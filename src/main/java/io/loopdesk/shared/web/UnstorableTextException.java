package io.loopdesk.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A JSON text value holding a character no database stores; see {@link io.loopdesk.shared.StorableText}. */
final class UnstorableTextException extends InvalidFormatException {

    UnstorableTextException(JsonParser parser, String value) {
        super(parser, "The text contains a NUL character or an unpaired surrogate.", value, String.class);
    }
}
