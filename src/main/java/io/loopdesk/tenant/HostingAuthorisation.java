package io.loopdesk.tenant;

import java.time.Instant;

/**
 * The brand's authorisation for the platform to work its tickets (托管授权), as an operator recorded it.
 *
 * @param since when it was recorded
 * @param reference what it rests on: a contract or a signed form, by its number
 */
public record HostingAuthorisation(Instant since, String reference) {}
