package org.kabinet.accounts.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.City;

/** Completes city ids (khanty-mansiysk, surgut …). */
@Service
public class CityCompleter implements Completer {
    @Reference
    AccountAdministration accounts;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        accounts.cities().stream().map(City::id).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
