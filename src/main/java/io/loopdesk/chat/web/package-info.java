/** The chat's HTTP side: starting a chat as a visitor, and who may open the chat socket. */
@NullMarked
package io.loopdesk.chat.web;

import org.jspecify.annotations.NullMarked;
