/**
 * Tenants: the brands and service providers that each run their own help desk on one Loopdesk installation,
 * with their plan and service settings.
 */
@NullMarked
package io.loopdesk.tenant;

import org.jspecify.annotations.NullMarked;
