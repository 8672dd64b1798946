package org.kabinet.accounts.api;

import java.util.List;

/** A holder's view of the household: the members (oldest first) and the open invitations (newest first). @since 2.3 */
public record HouseholdMembers(List<HouseholdMember> members, List<PendingInvitation> invitations) {
    public HouseholdMembers {
        members = List.copyOf(members);
        invitations = List.copyOf(invitations);
    }
}
