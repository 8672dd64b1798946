package org.kabinet.accounts.ui;

import com.vaadin.server.VaadinRequest;
import com.vaadin.ui.Component;
import com.vaadin.ui.HasComponents;
import com.vaadin.ui.UI;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kabinet.accounts.api.AccountAccess;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.City;
import org.kabinet.accounts.api.Household;
import org.kabinet.accounts.api.HouseholdException;
import org.kabinet.accounts.api.HouseholdMember;
import org.kabinet.accounts.api.HouseholdMembers;
import org.kabinet.accounts.api.InvitationPreview;
import org.kabinet.accounts.api.LinkRequest;
import org.kabinet.accounts.api.LinkedAccount;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PendingInvitation;
import org.kabinet.accounts.api.PhoneStatus;
import org.kabinet.accounts.api.TenantAccounts;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.kernel.time.PortalTime;
import org.kabinet.ui.spi.PageContext;

/** Hand-written fakes of what the accounts pages use, and a way to find a component by its id. */
final class Fakes {
    static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");
    static final Instant NOW = Instant.parse("2026-11-25T09:03:00Z"); // 14:03 in Yekaterinburg
    static final PortalTime TIME = () -> Clock.fixed(NOW, ZONE);
    static final City SURGUT = new City("surgut", "Сургут");
    static final String TOKEN = "q3Zx-8_Ab0cDeFgHiJkLmNoPqRsTuVwXyZ012345678";

    private Fakes() {
    }

    /** A UI for the current thread, so field errors (which run a script), dialogs and notifications work outside a browser. */
    static UI ui() {
        UI ui = new UI() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void init(VaadinRequest request) {
            }
        };
        UI.setCurrent(ui);
        return ui;
    }

    static <T extends Component> T find(Component root, String id, Class<T> type) {
        return findOptional(root, id, type).orElseThrow(() -> new AssertionError("no component with id " + id));
    }

    static <T extends Component> Optional<T> findOptional(Component root, String id, Class<T> type) {
        if (id.equals(root.getId()) && type.isInstance(root)) {
            return Optional.of(type.cast(root));
        }
        if (root instanceof HasComponents parent) {
            for (Component child : parent) {
                Optional<T> found = findOptional(child, id, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        if (root instanceof UI ui) {
            for (Component window : ui.getWindows()) {
                Optional<T> found = findOptional(window, id, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    static LinkedAccount held(String id, String number) {
        return new LinkedAccount(id, number, SURGUT, AccountKind.RENT, "ул. Мира, д. 5, кв. 1", new BigDecimal("39.1"), 2,
                AccountStatus.OPEN, NOW.minusSeconds(86_400 * 30));
    }

    static LinkedAccount member(String id, String number, AccountAccess access, String grantedBy) {
        return new LinkedAccount(id, number, SURGUT, AccountKind.UTILITIES, "ул. Ленина, д. 1, кв. 9", new BigDecimal("54.3"), 3,
                AccountStatus.OPEN, NOW.minusSeconds(86_400), access, grantedBy);
    }

    /** The signed-in tenant «t1», opened the page with this parameter; remembers whether the page took it out of the address. */
    static final class Tenant implements PageContext {
        final String parameter;
        boolean cleared;

        Tenant(String parameter) {
            this.parameter = parameter;
        }

        @Override
        public String tenantId() {
            return "t1";
        }

        @Override
        public String email() {
            return "petrova@example.ru";
        }

        @Override
        public Locale locale() {
            return Locale.forLanguageTag("ru");
        }

        @Override
        public String sessionToken() {
            return "s";
        }

        @Override
        public String errorText(KabinetException error) {
            return "ошибка " + error.code();
        }

        @Override
        public String parameter() {
            return parameter;
        }

        @Override
        public void clearParameter() {
            cleared = true;
        }
    }

    /** The tenant's accounts; what was unlinked is recorded. */
    static final class Accounts implements TenantAccounts {
        final List<LinkedAccount> linked = new ArrayList<>();
        final List<String> unlinked = new ArrayList<>();

        @Override
        public List<City> cities() {
            return List.of(SURGUT);
        }

        @Override
        public List<LinkedAccount> linked(String tenantId) {
            return List.copyOf(linked);
        }

        @Override
        public LinkedAccount linkedAccount(String tenantId, String accountId) {
            return linked.stream().filter(a -> a.id().equals(accountId)).findFirst().orElseThrow(NotFoundException::new);
        }

        @Override
        public LinkedAccount link(String tenantId, LinkRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void unlink(String tenantId, String accountId) {
            unlinked.add(accountId);
            linked.removeIf(a -> a.id().equals(accountId));
        }

        @Override
        public Optional<String> phone(String tenantId) {
            return Optional.empty();
        }

        @Override
        public Optional<String> verifiedPhone(String tenantId) {
            return Optional.empty();
        }

        @Override
        public Optional<PhoneStatus> phoneStatus(String tenantId) {
            return Optional.empty();
        }

        @Override
        public PhoneStatus requestPhoneVerification(String tenantId, String phone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public PhoneStatus verifyPhone(String tenantId, String code) {
            throw new UnsupportedOperationException();
        }
    }

    /** One household: members and invitations of every account alike; what was asked is recorded. */
    static final class Households implements Household {
        final List<HouseholdMember> members = new ArrayList<>();
        final List<PendingInvitation> invitations = new ArrayList<>();
        final List<String> invited = new ArrayList<>();
        final List<String> revoked = new ArrayList<>();
        final List<String> cancelled = new ArrayList<>();
        InvitationPreview preview = InvitationPreview.of(InvitationPreview.State.UNKNOWN);
        /** What {@link #invite} or {@link #accept} refuses with next, if anything. */
        RuntimeException refusal;
        /** What {@link #accept} adds to the tenant's accounts. */
        LinkedAccount joining;
        Accounts accounts;

        @Override
        public void invite(String holderId, String accountId, String email, AccountAccess role) {
            refuse();
            if (email == null || !email.contains("@")) {
                throw new ValidationException("email", "invitation.email");
            }
            invited.add(accountId + ":" + email.strip() + ":" + role);
            invitations.add(0, new PendingInvitation("inv-" + invitations.size(), email.strip(), role, NOW, NOW.plusSeconds(7 * 86_400)));
        }

        @Override
        public HouseholdMembers members(String holderId, String accountId) {
            return new HouseholdMembers(members, invitations);
        }

        @Override
        public void revoke(String holderId, String accountId, String memberId) {
            revoked.add(accountId + ":" + memberId);
            members.removeIf(m -> m.tenantId().equals(memberId));
        }

        @Override
        public void cancelInvitation(String holderId, String accountId, String invitationId) {
            cancelled.add(invitationId);
            invitations.removeIf(i -> i.id().equals(invitationId));
        }

        @Override
        public InvitationPreview preview(String token) {
            return preview;
        }

        @Override
        public LinkedAccount accept(String tenantId, String token) {
            refuse();
            accounts.linked.add(joining);
            return joining;
        }

        @Override
        public List<HouseholdMember> everyone(String accountId) {
            return members;
        }

        private void refuse() {
            if (refusal != null) {
                RuntimeException e = refusal;
                refusal = null;
                throw e;
            }
        }

        static HouseholdException because(String code) {
            return new HouseholdException(Failure.REFUSED, code);
        }
    }
}
