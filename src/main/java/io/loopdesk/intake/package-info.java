/**
 * Intake: channels turning input into tickets and messages. Each channel (web form, app feedback API, e-mail,
 * phone registration, imports) reads what arrives in its own format and hands the ticket module one ticket or one
 * message; nothing of a channel's format leaks past it.
 */
@NullMarked
package io.loopdesk.intake;

import org.jspecify.annotations.NullMarked;
