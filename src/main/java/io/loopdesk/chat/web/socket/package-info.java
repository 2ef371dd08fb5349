/**
 * How chats travel: STOMP over a WebSocket at {@code /chat/socket}. Clients send to {@code /app/chat.{id}}, receive a
 * chat's messages on {@code /topic/chat.{id}}, fetch what they missed from {@code /app/chat.{id}.since.{seq}}, and
 * get refusals of their own messages on {@code /user/queue/errors}; {@link io.loopdesk.chat.web.socket.ChatAccess}
 * decides who may connect and subscribe to what.
 */
@NullMarked
package io.loopdesk.chat.web.socket;

import org.jspecify.annotations.NullMarked;
