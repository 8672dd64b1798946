package org.kabinet.accounts.api;

/**
 * What an invitation link shows before it is accepted. Only a {@link State#VALID valid} link tells more than its state.
 *
 * @param from        how the inviting holder is called (name, else e-mail)
 * @param maskedEmail the invited address with most of its name hidden ({@code ma•••@example.org})
 * @since 2.3
 */
public record InvitationPreview(State state, String accountNumber, String address, String from, AccountAccess access,
                                String maskedEmail) {
    public enum State { VALID, USED, EXPIRED, UNKNOWN }

    public static InvitationPreview of(State state) {
        return new InvitationPreview(state, null, null, null, null, null);
    }
}
