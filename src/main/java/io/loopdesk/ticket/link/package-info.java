/** Links from tickets to the R&D issues (Jira, GitLab…) that track their fixes, and the statuses trackers report. */
@NullMarked
package io.loopdesk.ticket.link;

import org.jspecify.annotations.NullMarked;
