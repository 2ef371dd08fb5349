package io.loopdesk.ticket.view;

/** A ticket by number and title only: enough to compare it with another by text. */
public record TicketTitle(String number, String title) {}
