package org.example.kabinet.phones;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;

/** The module's own domain: the phone numbers tenants look for at night. Kept in memory: it is an example. */
@Component(service = UsefulPhones.class)
public class UsefulPhones {
    public record Phone(String name, String number) {
    }

    private final List<Phone> phones = new CopyOnWriteArrayList<>(List.of(
            new Phone("Аварийно-диспетчерская служба", "+7 3467 33-00-00"),
            new Phone("Единая служба спасения", "112")));

    public List<Phone> all() {
        return List.copyOf(phones);
    }

    public void add(Phone phone) {
        phones.add(phone);
    }
}
