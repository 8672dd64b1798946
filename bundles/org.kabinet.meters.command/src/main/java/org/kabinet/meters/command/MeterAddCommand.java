package org.kabinet.meters.command;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.MeterInput;

@Command(scope = "kabinet", name = "meter-add",
        description = "Adds a meter to an account: kabinet:meter-add <account id> <resource> <serial> [--zones 2] [--initial 1234.5,567.8]")
@Service
public class MeterAddCommand implements Action {
    @Reference
    Session session;

    @Reference
    MeterAdministration meters;

    @Reference
    List<ErrorCatalog> errors;

    @Argument(index = 0, name = "account", description = "The account id (kabinet:accounts lists them)", required = true)
    String account;

    @Argument(index = 1, name = "resource", description = "COLD_WATER, HOT_WATER, ELECTRICITY, HEAT or GAS", required = true)
    @Completion(value = StringsCompleter.class, values = {"COLD_WATER", "HOT_WATER", "ELECTRICITY", "HEAT", "GAS"})
    String resource;

    @Argument(index = 2, name = "serial", description = "The serial number on the meter", required = true)
    String serial;

    @Option(name = "--zones", description = "Tariff zones, 1 to 3 (electricity: day/night/peak); default 1")
    int zones = 1;

    @Option(name = "--digits", description = "Digits before the decimal point, for roll-over; default 5")
    int digits = 5;

    @Option(name = "--place", description = "Where it is, e.g. кухня")
    String place = "";

    @Option(name = "--installed", description = "The day it was installed, yyyy-MM-dd")
    String installed;

    @Option(name = "--verification", description = "The next verification (поверка), yyyy-MM-dd")
    String verification;

    @Option(name = "--initial", description = "The reading when installed, zone by zone, e.g. 1234.5,567.8; default zeros")
    String initial;

    @Override
    public Object execute() {
        MeterInput input;
        try {
            List<BigDecimal> values = initial == null ? Collections.nCopies(Math.max(1, zones), BigDecimal.ZERO) : ConsoleInput.values(initial);
            input = new MeterInput(account, ConsoleInput.resource(resource), serial, place, zones, digits,
                    ConsoleInput.date(installed, "--installed"), ConsoleInput.date(verification, "--verification"), values);
        } catch (IllegalArgumentException e) {
            System.err.println("Not added: " + e.getMessage());
            return null;
        }
        try {
            Meter added = meters.add(input, MetersTexts.by(session));
            System.out.println("Meter " + added.serialNumber() + " (" + added.resource().nameRu() + ", " + added.zones() + " zone"
                    + (added.zones() == 1 ? "" : "s") + ") added to account " + added.accountId() + ": id " + added.id());
        } catch (KabinetException e) {
            System.err.println("Not added: " + MetersTexts.of(errors, e));
        }
        return null;
    }
}
