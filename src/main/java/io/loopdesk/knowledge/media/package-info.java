/**
 * Images and videos editors upload for articles and the help centre's logo: checked and stored like ticket
 * attachments ({@link io.loopdesk.ticket.CheckedFiles}), served to anyone under an address with a random token.
 */
@NullMarked
package io.loopdesk.knowledge.media;

import org.jspecify.annotations.NullMarked;
