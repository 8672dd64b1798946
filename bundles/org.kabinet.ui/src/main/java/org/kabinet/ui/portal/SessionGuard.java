package org.kabinet.ui.portal;

import com.vaadin.server.RequestHandler;
import com.vaadin.server.VaadinRequest;
import com.vaadin.server.VaadinResponse;
import com.vaadin.server.VaadinSession;
import com.vaadin.server.WrappedSession;

/**
 * The one place every portal request is checked against the sign-in behind it, before any listener
 * runs: when the tenant's session ended elsewhere (sign-out, password change or reset, the 12-hour
 * cap) or the staff session is over, the Vaadin session is closed and the HTTP session invalidated.
 * Open tabs then stop acting at their next click and reload to the sign-in page.
 */
final class SessionGuard implements RequestHandler {
    private static final long serialVersionUID = 1L;
    private static final String ENDED = "kabinet.sessionEnded";

    private final transient PortalServices services;

    SessionGuard(PortalServices services) {
        this.services = services;
    }

    @Override
    public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
        if (session == null) {
            return false;
        }
        boolean over;
        session.lock();
        try {
            over = signInOver(session);
            if (over) {
                session.setAttribute(KabinetUI.SESSION_TOKEN, null);
                session.setAttribute(KabinetUI.STAFF, null);
                session.setAttribute(KabinetUI.STAFF_TOKEN, null);
                session.close();
            }
        } finally {
            session.unlock();
        }
        if (over) {
            request.setAttribute(ENDED, Boolean.TRUE);
        }
        return false;
    }

    private boolean signInOver(VaadinSession session) {
        if (session.getAttribute(KabinetUI.SESSION_TOKEN) instanceof String token
                && services.authentication().session(token).isEmpty()) {
            return true;
        }
        return session.getAttribute(KabinetUI.STAFF_TOKEN) instanceof String staffToken
                && services.staff().session(staffToken).isEmpty();
    }

    /** After the request: a session whose sign-in ended leaves no HTTP session behind. */
    static void invalidateIfEnded(VaadinRequest request) {
        if (request != null && Boolean.TRUE.equals(request.getAttribute(ENDED))) {
            WrappedSession wrapped = request.getWrappedSession(false);
            if (wrapped != null) {
                try {
                    wrapped.invalidate();
                } catch (IllegalStateException alreadyInvalid) {
                    // nothing left to end
                }
            }
        }
    }
}
