/**
 * A tenant's own webhooks: the registered endpoints with the events each wants and its sealed signing secret, and
 * the reaction that turns ticket events into webhook events. What other modules use is
 * {@link io.loopdesk.notification.TenantWebhooks} in the module's root.
 */
@NullMarked
package io.loopdesk.notification.hook;

import org.jspecify.annotations.NullMarked;
