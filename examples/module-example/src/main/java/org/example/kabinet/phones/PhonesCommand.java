package org.example.kabinet.phones;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** {@code example:phones} in the Karaf console. */
@Command(scope = "example", name = "phones", description = "Lists the useful phones shown to tenants")
@Service
public class PhonesCommand implements Action {
    @Reference
    UsefulPhones phones;

    @Override
    public Object execute() {
        phones.all().forEach(p -> System.out.println(p.name() + "\t" + p.number()));
        return null;
    }
}
