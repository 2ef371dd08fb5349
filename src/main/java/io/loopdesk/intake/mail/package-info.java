/**
 * Reading inbound e-mail: {@link io.loopdesk.intake.mail.mime.MailParser} turns the raw bytes of one RFC 822 message
 * into a {@link io.loopdesk.intake.mail.mime.ParsedMail} (addresses, decoded subject, the text an agent reads, sanitised
 * HTML, attachments, and whether it is a person writing, an auto-reply, a bounce or bulk mail), and
 * {@link io.loopdesk.intake.mail.mime.QuoteTrimmer} cuts quoted history and signatures from a reply. Both are pure:
 * no mailbox, no database, no Spring, and live in {@code intake.mail.mime}. The root keeps mailboxes and their
 * settings, the record of every mail read and its outcome, threading and the turning of a mail into a ticket;
 * {@code intake.mail.reading} reads the mailboxes, {@code intake.mail.reply} sends staff replies out.
 */
@NullMarked
package io.loopdesk.intake.mail;

import org.jspecify.annotations.NullMarked;
