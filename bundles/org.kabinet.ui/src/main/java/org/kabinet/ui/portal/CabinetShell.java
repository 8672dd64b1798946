package org.kabinet.ui.portal;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.CssLayout;
import com.vaadin.ui.HorizontalLayout;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import com.vaadin.ui.themes.ValoTheme;
import java.util.List;
import java.util.Locale;
import org.kabinet.registration.api.Session;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;

/** The signed-in cabinet: a menu of every registered {@link CabinetPage} and the open page. */
final class CabinetShell extends HorizontalLayout {
    private static final long serialVersionUID = 1L;

    private final KabinetUI ui;
    private final transient Session session;
    private final CssLayout menu = new CssLayout();
    private final VerticalLayout content = new VerticalLayout();

    CabinetShell(KabinetUI ui, Session session) {
        this.ui = ui;
        this.session = session;
        setId("cabinet");
        setWidth("100%");
        menu.setId("cabinet-menu");
        menu.addStyleName(ValoTheme.MENU_PART);
        menu.setWidth("220px");
        content.setId("cabinet-content");
        content.setMargin(false);
        addComponents(menu, content);
        setExpandRatio(content, 1);
        List<CabinetPage> pages = ui.services().pages().get();
        for (CabinetPage page : pages) {
            Button item = new Button(page.title(ui.getLocale()), e -> open(page));
            item.setId("menu-" + page.id());
            item.addStyleName(ValoTheme.BUTTON_LINK);
            item.addStyleName(ValoTheme.MENU_ITEM);
            menu.addComponent(item);
        }
        if (pages.isEmpty()) {
            content.addComponent(new Label(ui.messages().get("cabinet.empty")));
        } else {
            open(pages.get(0));
        }
    }

    private void open(CabinetPage page) {
        // A session ended elsewhere (password changed on another device) takes the tenant back to sign-in.
        if (ui.currentSession().isEmpty()) {
            ui.home();
            return;
        }
        content.removeAllComponents();
        Label title = new Label(page.title(ui.getLocale()));
        title.addStyleName(ValoTheme.LABEL_H2);
        Component body = page.create(new Context(session, ui.getLocale(), ui.services().errors()));
        body.setId("page-" + page.id());
        content.addComponents(title, body);
    }

    private record Context(Session session, Locale locale, org.kabinet.kernel.error.ErrorTexts errors) implements PageContext {
        @Override
        public String errorText(org.kabinet.kernel.error.KabinetException error) {
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
