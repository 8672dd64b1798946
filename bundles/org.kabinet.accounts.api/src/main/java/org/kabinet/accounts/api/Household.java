package org.kabinet.accounts.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A personal account's household: the holder (who linked it with the code) invites family members by e-mail with
 * the {@link AccountAccess#VIEW view} or {@link AccountAccess#FULL full} role, sees who has access and takes it back.
 * Members see the account through {@link TenantAccounts#linked} with their role; a member leaves with
 * {@link TenantAccounts#unlink}, and a holder who unlinks the account ends every access granted through it.
 *
 * @since 2.3
 */
@ProviderType
public interface Household {
    /**
     * Invites an e-mail address: a letter with a single-use link valid 7 days. The answer is the same whether the
     * address belongs to a tenant, a member, or nobody.
     *
     * @throws NotFoundException the tenant does not see the account
     * @throws HouseholdException {@code household.holderOnly}, {@code household.full}, {@code invitation.daily}
     * @throws org.kabinet.kernel.error.ValidationException {@code invitation.email}, {@code invitation.role}
     */
    void invite(String holderId, String accountId, String email, AccountAccess role);

    /** Who has access through this holder, and the invitations still open. Same refusals as {@link #invite}. */
    HouseholdMembers members(String holderId, String accountId);

    /** Ends a member's access at once. @throws NotFoundException no such member of the holder's account */
    void revoke(String holderId, String accountId, String memberId);

    /** Withdraws an open invitation (its link stops working). @throws NotFoundException no such open invitation */
    void cancelInvitation(String holderId, String accountId, String invitationId);

    /** What an invitation link offers, for the page it opens; nothing but the state for a link that is not valid. */
    InvitationPreview preview(String token);

    /**
     * Accepts an invitation: the account joins the tenant's cabinet with the invitation's role, every notification of
     * it switched off until the member turns them on.
     *
     * @throws HouseholdException {@code invitation.unknown|used|expired}, {@code invitation.otherEmail},
     *                            {@code invitation.alreadyLinked}, {@code household.full}
     */
    LinkedAccount accept(String tenantId, String token);

    /** Staff: everyone who sees the account — holders first, then members — with how they reach it. */
    List<HouseholdMember> everyone(String accountId);
}
