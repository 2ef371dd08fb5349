/**
 * The outbox as the operator watches it: backlog, age of the oldest due notification, failed attempts.
 */
@NullMarked
package io.loopdesk.notification.metrics;

import org.jspecify.annotations.NullMarked;
