package org.kabinet.notifications.api;

/** @since 1.3 */
public record NotificationSetting(String accountId, NotificationKind kind, boolean on) {
}
