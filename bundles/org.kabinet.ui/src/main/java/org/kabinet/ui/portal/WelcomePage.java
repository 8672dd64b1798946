package org.kabinet.ui.portal;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;

/** The cabinet's first page. Built on the same SPI as any plug-in page. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class WelcomePage implements CabinetPage {

    @Override
    public String id() {
        return "welcome";
    }

    @Override
    public String title(Locale locale) {
        return new Messages(locale).get("welcome.title");
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component create(PageContext context) {
        Messages m = new Messages(context.locale());
        Label greeting = new Label(m.get("welcome.greeting", context.email()));
        greeting.setId("welcome-greeting");
        greeting.setWidth("100%");
        Label next = new Label(m.get("welcome.next"));
        next.setWidth("100%");
        return new VerticalLayout(greeting, next);
    }
}
