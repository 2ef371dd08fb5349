/**
 * Automations: rules a tenant's admins write without code. A trigger runs when a ticket is created or updated by
 * anyone but an automation, a timed rule once a ticket has waited a number of business hours since an event; each
 * checks conditions on the ticket and, when they hold, takes its actions (fields, tags, assignment, a note, a
 * template reply, a notice, a webhook call) as the system, every firing a line in the ticket's history. Rules run in
 * the admins' order, each at most once per event on any node, and one that keeps firing on a ticket is stopped.
 */
@NullMarked
package io.loopdesk.automation;

import org.jspecify.annotations.NullMarked;
