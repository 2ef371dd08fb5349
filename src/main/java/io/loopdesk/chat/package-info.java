/**
 * Live chat (在线客服): a visitor and the agents of one tenant talking in real time over STOMP on a WebSocket. A chat
 * and every message in it live in the database, numbered, so either side resumes after a dropped connection or on
 * another node from the last number it saw; a visitor proves which chat is theirs with the secret token they were
 * given when it started.
 */
@NullMarked
package io.loopdesk.chat;

import org.jspecify.annotations.NullMarked;
