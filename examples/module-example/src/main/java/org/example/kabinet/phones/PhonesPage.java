package org.example.kabinet.phones;

import com.vaadin.ui.Component;
import com.vaadin.ui.Label;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import org.kabinet.ui.spi.CabinetPage;
import org.kabinet.ui.spi.PageContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A page of the tenant cabinet: the phones, one per line. */
@org.osgi.service.component.annotations.Component(service = CabinetPage.class)
public class PhonesPage implements CabinetPage {
    private final UsefulPhones phones;

    @Activate
    public PhonesPage(@Reference UsefulPhones phones) {
        this.phones = phones;
    }

    @Override
    public String id() {
        return "useful-phones";
    }

    @Override
    public String title(Locale locale) {
        return locale.getLanguage().equals("en") ? "Useful phones" : "Полезные телефоны";
    }

    @Override
    public int order() {
        return 850;
    }

    @Override
    public Component create(PageContext context) {
        VerticalLayout page = new VerticalLayout();
        page.setMargin(false);
        phones.all().forEach(p -> page.addComponent(new Label(p.name() + ": " + p.number())));
        return page;
    }
}
