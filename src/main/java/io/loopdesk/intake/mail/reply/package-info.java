/**
 * Mail going out: staff replies handed to the notification outbox with their threading headers, route and files, and what happens when a reply cannot be delivered.
 */
@NullMarked
package io.loopdesk.intake.mail.reply;

import org.jspecify.annotations.NullMarked;
