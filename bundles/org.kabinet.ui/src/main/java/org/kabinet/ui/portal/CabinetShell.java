package org.kabinet.ui.portal;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.registration.api.Session;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;

/**
 * The signed-in cabinet: a menu of every registered {@link CabinetPage} and the open page. Each
 * page has an address, {@code /#!<page id>}: reload, Back, bookmarks and the language switch keep
 * the page. An address may go on, {@code /#!<page id>/<parameter>}: the page gets the parameter
 * ({@link PageContext#parameter()}). Beside the page on a wide screen, above it on a phone.
 */
final class CabinetShell extends CssLayout {
    private static final long serialVersionUID = 1L;

    private final KabinetUI ui;
    private final transient Session session;
    private final transient List<CabinetPage> pages;
    private final CssLayout menu = new CssLayout();
    private final VerticalLayout content = new VerticalLayout();
    private final Map<String, Button> items = new HashMap<>();
    private String openId;
    /** The consent page (or the notice of a deleted account) stands in place of the cabinet. */
    private boolean gated;

    /** @param wanted the address to open, or null for the first page */
    CabinetShell(KabinetUI ui, Session session, PageAddress wanted) {
        this.ui = ui;
        this.session = session;
        this.pages = ui.services().pages().get();
        setId("cabinet");
        addStyleName("kabinet-shell");
        setWidth("100%");
        menu.setId("cabinet-menu");
        menu.addStyleName("kabinet-menu");
        content.setId("cabinet-content");
        content.addStyleName("kabinet-content");
        content.setMargin(false);
        addComponents(menu, content);
        // on a phone (below 768 px, see the theme) the menu folds to the current page and this button
        Button toggle = new Button(ui.messages().get("cabinet.menu"), e -> {
            if (menu.getStyleName().contains("open")) {
                menu.removeStyleName("open");
            } else {
                menu.addStyleName("open");
            }
        });
        toggle.setId("menu-toggle");
        toggle.addStyleName("kabinet-menu-toggle");
        toggle.setIcon(com.vaadin.icons.VaadinIcons.MENU);
        menu.addComponent(toggle);
        for (CabinetPage page : pages) {
            Button item = new Button(page.title(ui.getLocale()), e -> open(page, ""));
            item.setCaptionAsHtml(true);
            item.setId("menu-" + page.id());
            item.addStyleName(ValoTheme.BUTTON_LINK);
            item.addStyleName("kabinet-menu-item");
            items.put(page.id(), item);
            menu.addComponent(item);
        }
        Optional<Component> gate = pages.stream().filter(ProfilePage.class::isInstance).map(ProfilePage.class::cast).findFirst()
                .flatMap(profile -> profile.consentGate(ui, session, ui::home, this::showOnly));
        if (gate.isPresent()) {
            // a newer consent text: nothing of the cabinet until the tenant agrees (or deletes the account)
            showOnly(gate.get());
            ui.getPage().setTitle(ui.messages().get("consent.title") + " · " + ui.messages().get("app.title"));
        } else if (pages.isEmpty()) {
            content.addComponent(new Label(ui.messages().get("cabinet.empty")));
        } else {
            open(wanted == null ? new PageAddress(pages.get(0).id(), "") : wanted);
        }
    }

    /** Puts one component in place of the cabinet, without the menu (the consent page, the deleted account). */
    private void showOnly(Component component) {
        menu.setVisible(false);
        content.removeAllComponents();
        content.addComponent(component);
        openId = null;
        gated = true;
    }

    /**
     * Opens the page of an address (typed, followed, or reached by Back); an unknown id opens the first page, without
     * the parameter. The open page opens again only when the address brings a parameter.
     */
    void open(PageAddress address) {
        if (gated || pages.isEmpty() || address.pageId().equals(openId) && address.parameter().isEmpty()) {
            return;
        }
        Optional<CabinetPage> page = pages.stream().filter(p -> p.id().equals(address.pageId())).findFirst();
        open(page.orElse(pages.get(0)), page.isPresent() ? address.parameter() : "");
    }

    private void open(CabinetPage page, String parameter) {
        // A session ended elsewhere (password changed on another device) takes the tenant back to sign-in.
        // SessionGuard closes the Vaadin session at the start of this same request, but the request's
        // own click still runs, so the page is not opened here.
        if (ui.currentSession().isEmpty()) {
            ui.home();
            return;
        }
        content.removeAllComponents();
        Label title = new Label(page.title(ui.getLocale()));
        title.addStyleName(ValoTheme.LABEL_H2);
        title.addStyleName("kabinet-page-title");
        Address address = new Address(ui, new PageAddress(page.id(), parameter));
        Component body = page.create(new Context(session, ui.getLocale(), ui.services().errors(), this::refreshBadges, address));
        body.setId("page-" + page.id());
        content.addComponents(title, body);
        items.values().forEach(b -> b.removeStyleName("selected"));
        refreshBadges();
        menu.removeStyleName("open");
        items.get(page.id()).addStyleName("selected");
        openId = page.id();
        ui.pageOpened(address.now(), page.title(ui.getLocale()));
    }

    /** The menu titles with each page's count (unread answers…); a page whose count fails shows none. */
    void refreshBadges() {
        Context context = new Context(session, ui.getLocale(), ui.services().errors(), () -> { }, null);
        for (CabinetPage page : pages) {
            Button item = items.get(page.id());
            int count;
            try {
                count = page.badge(context);
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(CabinetShell.class.getName())
                        .log(java.util.logging.Level.WARNING, "the badge of page " + page.id() + " failed", e);
                count = 0;
            }
            item.setCaption(menuCaption(page.title(ui.getLocale()), count, ui.messages()));
        }
    }

    /** The menu title, HTML-escaped, with a count badge when there is something new. */
    static String menuCaption(String title, int count, Messages messages) {
        String escaped = escape(title);
        if (count <= 0) {
            return escaped;
        }
        String shown = count > 99 ? "99+" : Integer.toString(count);
        return escaped + " <span class=\"kabinet-badge\" aria-label=\"" + escape(messages.get("cabinet.badge")) + " " + shown
                + "\">" + shown + "</span>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The address a page was opened with, and whether the page has taken its parameter out since. */
    private static final class Address {
        private final KabinetUI ui;
        private final PageAddress opened;
        private boolean cleared;

        Address(KabinetUI ui, PageAddress opened) {
            this.ui = ui;
            this.opened = opened;
        }

        PageAddress now() {
            return cleared ? opened.withoutParameter() : opened;
        }

        void clear() {
            if (!cleared && !opened.parameter().isEmpty()) {
                cleared = true;
                // only while the address is still this page's: a late call must not rewrite another page's
                if (PageAddress.parse(ui.getPage().getUriFragment()).equals(Optional.of(opened))) {
                    ui.replaceAddress(opened.withoutParameter());
                }
            }
        }
    }

    /** @param address the open page's address; null for the contexts that only count badges */
    private record Context(Session session, Locale locale, ErrorTexts errors, Runnable onBadgesChanged, Address address)
            implements PageContext {
        @Override
        public void badgesChanged() {
            onBadgesChanged.run();
        }

        @Override
        public String parameter() {
            return address == null ? "" : address.opened.parameter();
        }

        @Override
        public void clearParameter() {
            if (address != null) {
                address.clear();
            }
        }

        @Override
        public String errorText(KabinetException error) {
            return errors.of(error, locale);
        }

        @Override
        public String tenantId() {
            return session.userId();
        }

        @Override
        public String email() {
            return session.email();
        }

        @Override
        public String sessionToken() {
            return session.token();
        }
    }
}
