/**
 * Text-message gateways beyond the default logging one: an SMS gateway's HTTP API.
 */
@NullMarked
package io.loopdesk.notification.sms;

import org.jspecify.annotations.NullMarked;
