package io.loopdesk.intake.mail.mime;

/**
 * One mailbox from an address header.
 *
 * @param address the address as written, without angle brackets, e.g. {@code zhang.wei@example.com}; not
 *     checked further, since broken senders still need a ticket (it may even lack an {@code @}, as
 *     {@code MAILER-DAEMON} does)
 * @param displayName the decoded display name, or {@code ""} when there is none
 */
public record MailAddress(String address, String displayName) {

    public MailAddress {
        address = address.strip();
        displayName = displayName.strip();
    }

    /** {@code Zhang Wei <zhang.wei@example.com>}, or the bare address. */
    @Override
    public String toString() {
        return displayName.isEmpty() ? address : displayName + " <" + address + ">";
    }
}
