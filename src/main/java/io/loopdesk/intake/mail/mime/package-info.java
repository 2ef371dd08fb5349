/**
 * Reading a mail's MIME: headers and addresses decoded whatever the charset, text and HTML bodies, format=flowed, quoted replies trimmed, attachments and forwarded mails, and the limits that keep a huge mail from filling the database.
 */
@NullMarked
package io.loopdesk.intake.mail.mime;

import org.jspecify.annotations.NullMarked;
