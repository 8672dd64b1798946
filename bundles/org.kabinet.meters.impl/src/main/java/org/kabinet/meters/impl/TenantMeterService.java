package org.kabinet.meters.impl;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.api.WindowState;
import org.kabinet.meters.impl.jpa.JpaMeterStore;
import org.kabinet.persistence.Transactions;

/**
 * Meters as a tenant sees them: only those of accounts the tenant sees (linked, or as a household member); any
 * other meter or account is not found ({@code meters.meter.unknown}, {@code meters.account.unknown}), never
 * forbidden. A member who only views the account sees everything but may not submit readings or name its meters
 * ({@link ReadOnlyAccountError}, 403 {@code account.readOnly}).
 */
public class TenantMeterService implements TenantMeters {
    /** A tenant's name for a meter («кухня»): at most this long. */
    static final int NAME_LENGTH = 40;
    private final JpaMeterStore store;
    private final Transactions tx;
    private final AccountPlaces accounts;
    private final Readings readings;

    public TenantMeterService(MetersData data, AccountPlaces accounts, Readings readings) {
        this.store = data.store();
        this.tx = data.tx();
        this.accounts = accounts;
        this.readings = readings;
    }

    private AccountPlaces.Place account(String tenantId, String accountId) {
        return accounts.linked(tenantId).stream().filter(a -> a.id().equals(accountId)).findFirst()
                .orElseThrow(() -> new NotFoundException("meters.account.unknown"));
    }

    /** The tenant's meter and its account, or not found. */
    private record Owned(Meter meter, AccountPlaces.Place place) {
    }

    private Owned owned(String tenantId, String meterId) {
        Meter meter = tx.inTransaction(() -> store.meter(meterId)).orElseThrow(() -> new NotFoundException("meters.meter.unknown"));
        AccountPlaces.Place place = accounts.linked(tenantId).stream().filter(a -> a.id().equals(meter.accountId())).findFirst()
                .orElseThrow(() -> new NotFoundException("meters.meter.unknown"));
        return new Owned(meter, place);
    }

    @Override
    public List<Meter> meters(String tenantId, String accountId) {
        AccountPlaces.Place place = account(tenantId, accountId);
        return tx.inTransaction(() -> store.meters(place.id())).stream().sorted(MeterAdministrationService.ORDER).toList();
    }

    /** By account (as the tenant's accounts are listed), then active first. */
    @Override
    public List<Meter> allMeters(String tenantId) {
        List<AccountPlaces.Place> linked = accounts.linked(tenantId);
        if (linked.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> position = linked.stream().collect(Collectors.toMap(AccountPlaces.Place::id, linked::indexOf, (a, b) -> a));
        return tx.inTransaction(() -> store.meters(linked.stream().map(AccountPlaces.Place::id).toList())).stream()
                .sorted(Comparator.comparing((Meter m) -> position.get(m.accountId())).thenComparing(MeterAdministrationService.ORDER))
                .toList();
    }

    /** The tenant's meter, if the tenant may change things on its account; else the given refusal. */
    private Owned changeable(String tenantId, String meterId, Supplier<ReadOnlyAccountError> refusal) {
        Owned owned = owned(tenantId, meterId);
        if (!owned.place().writable()) {
            throw refusal.get();
        }
        return owned;
    }

    @Override
    public Meter rename(String tenantId, String meterId, String name) {
        Meter meter = changeable(tenantId, meterId, ReadOnlyAccountError::name).meter();
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.length() > NAME_LENGTH) {
            throw new InputError("name", "meters.name", "meters.name", NAME_LENGTH);
        }
        tx.inTransaction(() -> {
            store.rename(meterId, clean);
            return null;
        });
        return new Meter(meter.id(), meter.accountId(), meter.resource(), meter.serialNumber(), meter.place(), meter.zones(), meter.digits(),
                meter.installedOn(), meter.verificationDue(), meter.state(), meter.initialValues(), clean);
    }

    @Override
    public WindowState window(String tenantId, String accountId) {
        return readings.window(account(tenantId, accountId));
    }

    @Override
    public SubmissionPreview preview(String tenantId, String meterId, LocalDate takenOn) {
        Owned owned = owned(tenantId, meterId);
        return readings.preview(owned.meter(), owned.place(), takenOn);
    }

    @Override
    public Reading submit(String tenantId, String meterId, Submission submission, ReadingSource source, String by) {
        if (source != ReadingSource.CABINET && source != ReadingSource.TOKEN) {
            throw new IllegalArgumentException("a tenant submits from the cabinet or with a token, not as " + source);
        }
        Owned owned = changeable(tenantId, meterId, ReadOnlyAccountError::readings);
        return readings.submit(owned.meter(), owned.place(), submission == null ? null : submission.values(),
                submission == null ? null : submission.takenOn(), source, by == null || by.isBlank() ? tenantId : by);
    }

    @Override
    public List<Reading> history(String tenantId, String meterId) {
        return readings.history(owned(tenantId, meterId).meter());
    }

    @Override
    public List<MonthlyConsumption> consumption(String tenantId, String meterId, int months) {
        return readings.consumption(owned(tenantId, meterId).meter(), months);
    }
}
