package org.kabinet.ui.portal;

import com.vaadin.server.ClientConnector;
import com.vaadin.server.ServerRpcMethodInvocation;
import com.vaadin.server.communication.ServerRpcHandler;
import com.vaadin.server.communication.UidlRequestHandler;
import com.vaadin.shared.ui.button.ButtonServerRpc;
import com.vaadin.ui.Button;
import com.vaadin.ui.UI;

/**
 * Every button a signed-in member of staff clicks in {@code /admin} — of any module's page — goes into the
 * security audit trail: the page and the button's caption as the action, once the click has been handled.
 * It sits where Vaadin applies the browser's calls to the components (the UIDL handler's RPC handler), so
 * no page has to remember to record anything. The trail records that the action was taken; what came of
 * it is the page's to show.
 */
final class StaffClickAudit extends ServerRpcHandler {
    private static final long serialVersionUID = 1L;

    /** The UIDL request handler with this RPC handler in place of Vaadin's. */
    static final class Handler extends UidlRequestHandler {
        private static final long serialVersionUID = 1L;

        @Override
        protected ServerRpcHandler createRpcHandler() {
            return new StaffClickAudit();
        }
    }

    /** Whether the call is a click on a button. */
    static boolean isClick(ClientConnector connector, String interfaceName, String method) {
        return connector instanceof Button && ButtonServerRpc.class.getName().equals(interfaceName) && "click".equals(method);
    }

    @Override
    protected void handleInvocation(UI ui, ClientConnector connector, ServerRpcMethodInvocation invocation) {
        java.util.function.Consumer<org.kabinet.audit.api.Outcome> record = null;
        if (ui instanceof KabinetUI kabinet && isClick(connector, invocation.getInterfaceName(), invocation.getMethodName())) {
            // the caption and the page before the click: a click may rebuild the page
            record = kabinet.staffClick((Button) connector);
        }
        boolean handled = false;
        try {
            super.handleInvocation(ui, connector, invocation);
            handled = true;
        } finally {
            // a click whose handler failed is recorded too, as a failure
            if (record != null) {
                record.accept(handled ? org.kabinet.audit.api.Outcome.SUCCESS : org.kabinet.audit.api.Outcome.FAILURE);
            }
        }
    }

    /** The action recorded for a click: the page's title and the button's caption (plain text). */
    static String action(String page, String caption) {
        return "UI " + (page == null || page.isBlank() ? "/admin" : page) + " · " + plain(caption);
    }

    static String plain(String caption) {
        return caption == null ? "" : caption.replaceAll("<[^>]*>", "").replace("&nbsp;", " ").strip();
    }
}
