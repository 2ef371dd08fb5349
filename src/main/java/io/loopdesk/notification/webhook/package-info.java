/** Webhooks: signed HTTP posts of JSON events (Standard Webhooks), with the private-network guard. */
@NullMarked
package io.loopdesk.notification.webhook;

import org.jspecify.annotations.NullMarked;
