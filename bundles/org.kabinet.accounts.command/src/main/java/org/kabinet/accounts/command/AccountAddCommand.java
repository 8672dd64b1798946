package org.kabinet.accounts.command;

import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.kabinet.accounts.api.Account;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountData;
import org.kabinet.accounts.api.AccountKind;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.kernel.error.ValidationException;

@Command(scope = "kabinet", name = "account-add", description = "Adds a personal account")
@Service
public class AccountAddCommand implements Action {
    @Reference
    AccountAdministration accounts;

    @Argument(index = 0, name = "number", required = true, description = "Account number")
    String number;

    @Argument(index = 1, name = "city", required = true, description = "City id or name")
    @Completion(CityCompleter.class)
    String city;

    @Argument(index = 2, name = "kind", required = true, description = "RENT or UTILITIES")
    @Completion(value = StringsCompleter.class, values = {"RENT", "UTILITIES"})
    String kind;

    @Argument(index = 3, name = "address", required = true, description = "Address, quoted")
    String address;

    @Argument(index = 4, name = "area", required = true, description = "Area in m², e.g. 54.3")
    String area;

    @Argument(index = 5, name = "residents", required = true, description = "Number of residents")
    int residents;

    @Override
    public Object execute() {
        try {
            Account a = accounts.create(new AccountData(number, city, AccountKind.valueOf(kind.toUpperCase()), address,
                    new BigDecimal(area.replace(',', '.')), residents, AccountStatus.OPEN));
            System.out.println("Added account " + a.number() + " (" + a.city().name() + "), id " + a.id());
        } catch (ValidationException e) {
            System.err.println("Not added: " + new org.kabinet.kernel.error.ErrorTexts(() -> java.util.List.of(new org.kabinet.accounts.api.AccountErrors())).of(e, java.util.Locale.ENGLISH));
        } catch (IllegalArgumentException e) {
            System.err.println("Not added: kind is RENT or UTILITIES, area a number such as 54.3");
        }
        return null;
    }
}
