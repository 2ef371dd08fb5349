package io.loopdesk.intake.mail;

/** How replies reach the SMTP server. */
public enum SmtpSecurity {
    NONE,
    STARTTLS,
    SSL
}
