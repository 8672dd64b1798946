package org.kabinet.meters.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.meters.api.CreatedToken;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MonthlyConsumption;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.ReadingSource;
import org.kabinet.meters.api.ReadingStatus;
import org.kabinet.meters.api.ReadingToken;
import org.kabinet.meters.api.ReadingTokens;
import org.kabinet.meters.api.Submission;
import org.kabinet.meters.api.SubmissionPreview;
import org.kabinet.meters.api.TenantMeters;
import org.kabinet.meters.api.WindowState;

/** The meters module as the REST edge sees it: one tenant's meters, submissions recorded, tokens by secret. */
final class FakeMeters implements TenantMeters, ReadingTokens {
    final String tenant;
    final List<Meter> meters = new ArrayList<>();
    final List<String> submitted = new ArrayList<>();
    ReadingStatus nextStatus = ReadingStatus.ACCEPTED;
    int resolved;

    FakeMeters(String tenant) {
        this.tenant = tenant;
    }

    private void own(String tenantId) {
        if (!tenant.equals(tenantId)) {
            throw new NotFoundException("not.found");
        }
    }

    @Override
    public List<Meter> meters(String tenantId, String accountId) {
        own(tenantId);
        return meters.stream().filter(m -> m.accountId().equals(accountId)).toList();
    }

    @Override
    public List<Meter> allMeters(String tenantId) {
        own(tenantId);
        return meters;
    }

    @Override
    public Meter rename(String tenantId, String meterId, String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public WindowState window(String tenantId, String accountId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SubmissionPreview preview(String tenantId, String meterId, LocalDate takenOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Reading submit(String tenantId, String meterId, Submission submission, ReadingSource source, String by) {
        own(tenantId);
        Meter meter = meters.stream().filter(m -> m.id().equals(meterId)).findFirst().orElseThrow(() -> new NotFoundException("not.found"));
        submitted.add(meter.id() + " " + submission.values() + " " + source + " by " + by);
        LocalDate day = submission.takenOn() == null ? LocalDate.of(2026, 11, 22) : submission.takenOn();
        return new Reading("r-" + submitted.size(), meter.id(), java.time.YearMonth.from(day), day, Instant.parse("2026-11-22T05:00:00Z"),
                submission.values(), nextStatus == ReadingStatus.REJECTED ? null : BigDecimal.ONE, nextStatus,
                nextStatus == ReadingStatus.REJECTED ? "Показание меньше предыдущего" : "Показание принято", source, by, true);
    }

    @Override
    public List<Reading> history(String tenantId, String meterId) {
        own(tenantId);
        return List.of();
    }

    @Override
    public List<MonthlyConsumption> consumption(String tenantId, String meterId, int months) {
        throw new UnsupportedOperationException();
    }

    // ---- tokens: one live secret "s3cret" of token "tok-1" named "Home Assistant" ------------------

    @Override
    public List<ReadingToken> tokens(String tenantId) {
        return List.of();
    }

    @Override
    public CreatedToken create(String tenantId, String name, LocalDate expiresOn) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void revoke(String tenantId, String tokenId) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<TokenHolder> resolve(String secret) {
        resolved++;
        return "s3cret".equals(secret) ? Optional.of(new TokenHolder(tenant, "tok-1", "Home Assistant")) : Optional.empty();
    }
}
