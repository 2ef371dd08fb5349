/**
 * Metering of hosted support (seed 000): one billed unit per app feedback and per e-mail ticket, counted in the
 * transaction that registers the ticket, and the monthly usage statement a platform operator sends and a tenant
 * admin reads (CSV, PDF, by e-mail through the notification outbox).
 */
@NullMarked
package io.loopdesk.reporting.usage;

import org.jspecify.annotations.NullMarked;
