/**
 * Reading inbound e-mail: {@link io.loopdesk.intake.mail.MailParser} turns the raw bytes of one RFC 822 message
 * into a {@link io.loopdesk.intake.mail.ParsedMail} (addresses, decoded subject, the text an agent reads, sanitised
 * HTML, attachments, and whether it is a person writing, an auto-reply, a bounce or bulk mail), and
 * {@link io.loopdesk.intake.mail.QuoteTrimmer} cuts quoted history and signatures from a reply. Both are pure:
 * no mailbox, no database, no Spring.
 */
@NullMarked
package io.loopdesk.intake.mail;

import org.jspecify.annotations.NullMarked;
