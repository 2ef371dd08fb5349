package io.loopdesk.shared.web;

import java.time.ZoneId;

/**
 * Whose wall clock a request's times are shown and read in: the signed-in person's tenant's time zone (a platform
 * operator's, the platform tenant's they belong to). Pages show every time in it ({@link DisplayFormats}) and date
 * parameters mean days of it ({@link TimeParameters}). Implemented by the tenant module, which knows the zones.
 */
@FunctionalInterface
public interface ReaderZone {

    /** The zone of the person the current request is for; UTC when nobody is signed in. */
    ZoneId current();
}
