package org.kabinet.billing.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.kabinet.billing.api.BillingAdministration;
import org.kabinet.billing.api.Tariff;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;

@Command(scope = "kabinet", name = "tariff-add",
        description = "Adds a tariff: a service's price from a day, for the company, a city, a building or one account")
@Service
public class TariffAddCommand implements Action {
    @Reference
    org.apache.karaf.shell.api.console.Session session;

    @Reference
    BillingAdministration billing;

    @Reference
    List<ErrorCatalog> errors;

    @Option(name = "--scope", description = "COMPANY (default), CITY, BUILDING or ACCOUNT")
    String scope = "COMPANY";

    @Option(name = "--of", description = "The city id, the building's address or the account id (not for COMPANY)")
    String of = "";

    @Option(name = "--to", description = "The last day it applies, yyyy-MM-dd (default: until replaced)")
    String to;

    @Argument(index = 0, name = "service", description = "The service code (kabinet:services lists them)", required = true)
    String service;

    @Argument(index = 1, name = "from", description = "The first day it applies, yyyy-MM-dd", required = true)
    String from;

    @Argument(index = 2, name = "price", description = "The price per unit, e.g. 12.37", required = true)
    String price;

    @Override
    public Object execute() {
        Tariff tariff;
        try {
            tariff = new Tariff(service, Tariff.Scope.valueOf(scope.toUpperCase(java.util.Locale.ROOT)), of, LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to), new BigDecimal(price.replace(',', '.')));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            System.err.println("Not added: scope is COMPANY, CITY, BUILDING or ACCOUNT, dates yyyy-MM-dd, the price a number");
            return null;
        }
        try {
            Tariff added = billing.addTariff(tariff, BillingTexts.by(session));
            System.out.println("Tariff " + added.serviceCode() + " " + added.price().toPlainString() + " from " + added.from() + " added.");
        } catch (KabinetException e) {
            System.err.println("Not added: " + BillingTexts.of(errors, e));
        }
        return null;
    }
}
