package org.kabinet.accounts.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.City;
import org.kabinet.kernel.error.ValidationException;

@Command(scope = "kabinet", name = "city-add", description = "Adds a city to the reference list")
@Service
public class CityAddCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Argument(index = 0, name = "name", required = true, description = "The city's name, e.g. \"Лянтор\"")
    String name;

    @Override
    public Object execute() {
        try {
            City city = accounts.addCity(name);
            System.out.println("Added " + city.name() + " (" + city.id() + ")");
        } catch (ValidationException e) {
            System.err.println("Not added: " + new org.kabinet.kernel.error.ErrorTexts(() -> java.util.List.of(new org.kabinet.accounts.api.AccountErrors())).of(e, java.util.Locale.ENGLISH));
        }
        return null;
    }
}
