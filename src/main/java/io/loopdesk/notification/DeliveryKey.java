package io.loopdesk.notification;

/**
 * The delivery timer's instance id, {@code t<tenant>-n<notification>}: the tenant is in it so the timer can open
 * its transaction in that tenant's scope before it reads anything.
 */
record DeliveryKey(long tenantId, long notificationId) {

    static DeliveryKey parse(String instanceId) {
        String[] parts = instanceId.split("-", -1);
        if (parts.length != 2 || !parts[0].startsWith("t") || !parts[1].startsWith("n")) {
            throw new IllegalArgumentException("Not a notification delivery id: " + instanceId);
        }
        return new DeliveryKey(Long.parseLong(parts[0].substring(1)), Long.parseLong(parts[1].substring(1)));
    }

    String instanceId() {
        return "t" + tenantId + "-n" + notificationId;
    }
}
