package org.kabinet.notifications.api;

/**
 * What a tenant may switch on or off per personal account. All are on until the tenant switches
 * them off (as in the reference cabinet).
 *
 * @since 1.3
 */
public enum NotificationKind {
    /** An SMS with the debt on the 1st of the month. */
    DEBT_SMS,
    /** An SMS when a payment is received. */
    PAYMENT_SMS,
    /** The statement by e-mail once a month, when a payment arrives. */
    STATEMENT_EMAIL,
    /**
     * Reminders about meter readings and verification (напоминания о показаниях и поверке), by e-mail and
     * SMS: when the submission window opens, the day before it closes, and 30 days before a meter's
     * verification is due.
     *
     * @since 1.4
     */
    READING_REMINDER,
    /**
     * The company's announcements by e-mail (the cabinet shows them whatever this says; urgent ones also
     * come by SMS to a confirmed phone).
     *
     * @since 1.5
     */
    ANNOUNCEMENT_EMAIL,
    /**
     * Staff's answers to the tenant's messages by e-mail (the cabinet shows them whatever this says). A
     * message about no account follows the switch of the tenant's accounts: off only when it is off for
     * every account.
     *
     * @since 1.5
     */
    MESSAGE_ANSWER_EMAIL
}
