/**
 * The ticket form: which fields a tenant requires or hides for each channel, and the checks on each field.
 */
@NullMarked
package io.loopdesk.ticket.form;

import org.jspecify.annotations.NullMarked;
