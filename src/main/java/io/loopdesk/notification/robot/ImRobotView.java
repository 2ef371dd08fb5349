package io.loopdesk.notification.robot;

import java.time.Instant;

/**
 * A robot as its admins see it: its URL without the key or token in its query, and whether it signs.
 *
 * @param url the address with its query cut off ({@code …?…}), since the key in it lets anyone post to the group
 */
public record ImRobotView(long id, String name, RobotVendor vendor, String url, boolean signed, Instant createdAt) {}
