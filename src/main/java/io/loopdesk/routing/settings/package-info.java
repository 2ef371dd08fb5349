/**
 * How a tenant's routing rules are stored: one row per tenant, none for a tenant on the defaults. Read and changed
 * through {@link io.loopdesk.routing.RoutingPolicies}.
 */
@NullMarked
package io.loopdesk.routing.settings;

import org.jspecify.annotations.NullMarked;
