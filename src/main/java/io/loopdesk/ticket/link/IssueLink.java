package io.loopdesk.ticket.link;

import io.loopdesk.ticket.view.IssueLinkView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A ticket's link to the R&D issue that tracks its fix, with the status the tracker last reported. */
@Entity
@Table(name = "ticket_issue_link")
public class IssueLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_issue_link_seq")
    @SequenceGenerator(name = "ticket_issue_link_seq", sequenceName = "ticket_issue_link_seq", allocationSize = 50)
    private Long id;

    private long tenantId;

    private long ticketId;

    private String ticketNumber;

    private String url;

    private @Nullable String status;

    private @Nullable Instant statusAt;

    private String linkedBy;

    private Instant linkedAt;

    protected IssueLink() {}

    public IssueLink(long tenantId, long ticketId, String ticketNumber) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
    }

    /** Points the link at {@code url}; a new issue has no status until its tracker reports one. */
    public void point(String url, String by, Instant at) {
        if (!url.equals(this.url)) {
            this.status = null;
            this.statusAt = null;
        }
        this.url = url;
        this.linkedBy = by;
        this.linkedAt = at;
    }

    public @Nullable String status() {
        return status;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public void report(String status, Instant at) {
        this.status = status;
        this.statusAt = at;
    }

    public IssueLinkView view() {
        return new IssueLinkView(ticketNumber, url, status, statusAt, linkedBy, linkedAt);
    }
}
