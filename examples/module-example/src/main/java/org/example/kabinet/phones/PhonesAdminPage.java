package org.example.kabinet.phones;

import com.vaadin.ui.Button;
import com.vaadin.ui.Component;
import com.vaadin.ui.Grid;
import com.vaadin.ui.TextField;
import com.vaadin.ui.VerticalLayout;
import java.util.Locale;
import org.kabinet.ui.spi.AdminContext;
import org.kabinet.ui.spi.AdminPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/** A tab of the staff area: the list and a form to add a phone. */
@org.osgi.service.component.annotations.Component(service = AdminPage.class)
public class PhonesAdminPage implements AdminPage {
    private final UsefulPhones phones;

    @Activate
    public PhonesAdminPage(@Reference UsefulPhones phones) {
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
    public Component create(AdminContext context) {
        Grid<UsefulPhones.Phone> grid = new Grid<>();
        grid.addColumn(UsefulPhones.Phone::name).setCaption("Служба");
        grid.addColumn(UsefulPhones.Phone::number).setCaption("Телефон");
        grid.setItems(phones.all());
        TextField name = new TextField("Служба");
        TextField number = new TextField("Телефон");
        Button add = new Button("Добавить", e -> {
            phones.add(new UsefulPhones.Phone(name.getValue(), number.getValue()));
            grid.setItems(phones.all());
        });
        return new VerticalLayout(grid, name, number, add);
    }
}
