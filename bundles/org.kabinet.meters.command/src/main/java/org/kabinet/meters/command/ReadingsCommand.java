package org.kabinet.meters.command;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingStatus;

@Command(scope = "kabinet", name = "readings",
        description = "Lists a period's readings (the current one of each meter) with their status and reason; --review: the flagged ones waiting for staff")
@Service
public class ReadingsCommand implements Action {
    @Reference
    MeterAdministration meters;

    @Reference
    AccountAdministration accounts;

    @Argument(index = 0, name = "period", description = "The month, yyyy-MM (not with --review)")
    String period;

    @Option(name = "--review", description = "The review queue instead: flagged readings of every period, oldest first")
    boolean review;

    @Override
    public Object execute() {
        List<Reading> readings;
        if (review) {
            readings = meters.reviewQueue();
        } else {
            YearMonth month;
            try {
                month = ConsoleInput.period(period);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage() + " (or --review for the review queue)");
                return null;
            }
            readings = meters.readings(month);
        }
        Map<String, Meter> byId = new HashMap<>();
        meters.meters(null).forEach(m -> byId.put(m.id(), m));
        Map<String, String> numbers = new HashMap<>();
        accounts.accounts(new AccountFilter(null, null, null)).forEach(a -> numbers.put(a.id(), a.number()));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Account", "Resource", "Serial", "Period", "Taken on", "Values", "Consumption", "Status",
                "Source", "By"}) {
            table.column(column);
        }
        table.column("Reason").maxSize(60);
        table.column("Id");
        int flagged = 0;
        int rejected = 0;
        for (Reading r : readings) {
            Meter m = byId.get(r.meterId());
            table.addRow().addContent(m == null ? "" : MetersTexts.orEmpty(numbers.get(m.accountId())), m == null ? "" : m.resource().nameRu(),
                    m == null ? r.meterId() : m.serialNumber(), r.period(), r.takenOn(), MetersTexts.values(r.values()),
                    MetersTexts.plain(r.consumption()), r.status(), r.source(), r.by(), r.reason(), r.id());
            flagged += r.status() == ReadingStatus.FLAGGED ? 1 : 0;
            rejected += r.status() == ReadingStatus.REJECTED ? 1 : 0;
        }
        table.print(System.out);
        System.out.println(readings.size() + " readings" + (review ? " waiting for review" : " of " + period.strip() + ": " + flagged
                + " flagged for review, " + rejected + " rejected"));
        return null;
    }
}
