package org.kabinet.meters.rest;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.kabinet.rest.api.paging.Paging;
import javax.ws.rs.core.SecurityContext;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.NotFoundException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.meters.api.ImportResult;
import org.kabinet.meters.api.Meter;
import org.kabinet.meters.api.MeterAdministration;
import org.kabinet.meters.api.Reading;
import org.kabinet.meters.api.WindowRule;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.Caller;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.StaffAccess;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Meters and readings for staff: meters one by one or from CSV, a period's readings (JSON or the CSV
 * export for an external billing system), readings taken by staff one by one or from CSV, the review
 * queue of flagged readings, the submission windows, the audit of staff changes.
 */
@Component(service = AdminMetersResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@StaffAccess
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminMetersResource {
    /** The largest CSV file taken (a large company's meters or a month of controllers' rounds). */
    static final int MAX_CSV_BYTES = 20 * 1024 * 1024;
    static final String CSV = "text/csv";

    private final MeterAdministration meters;
    private final ErrorCatalog errors = new MetersRestErrorCatalog();

    @Activate
    public AdminMetersResource(@Reference MeterAdministration meters) {
        this.meters = meters;
    }

    // ---- meters -----------------------------------------------------------------------------------

    /**
     * The meters of an account ({@code account}: its id), or of all accounts a page at a time ({@code ?page=} from 0,
     * {@code ?size=} 50 by default, at most 500, with {@code X-Total-Count} and {@code Link}); active first.
     */
    @GET
    @Path("meters")
    @Answers(value = 200, body = MeterBodies.MeterBody.class, list = true)
    public Response meters(@Context UriInfo uri, @QueryParam("account") String account, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        if (account != null && !account.isBlank()) {
            List<MeterBodies.MeterBody> ofAccount = meters.meters(account.strip()).stream().map(MeterBodies.MeterBody::of).toList();
            return Response.ok(ofAccount).header("X-Total-Count", ofAccount.size()).build();
        }
        Paging paging = Paging.of(page, size);
        return paging.response(meters.meters(paging.offset(), paging.size()).stream().map(MeterBodies.MeterBody::of).toList(), uri,
                meters.countMeters());
    }

    /** Adds a meter to the account of the body's {@code accountId} (or of {@code ?account=}): 201. */
    @POST
    @Path("meters")
    @Answers(value = 201, body = MeterBodies.MeterBody.class)
    public Response add(@Context SecurityContext security, @QueryParam("account") String account, MeterBodies.MeterInputBody body) {
        RequestBodies.required(body);
        Meter added = meters.add(body.toNew(account), Caller.staff(security).name());
        return Response.status(201).entity(MeterBodies.MeterBody.of(added)).build();
    }

    @GET
    @Path("meters/{id}")
    public MeterBodies.MeterBody meter(@PathParam("id") String id) {
        return MeterBodies.MeterBody.of(found(meters.meter(id)));
    }

    /** Changes a meter; the fields left out keep their values, the account and the resource never change. */
    @PUT
    @Path("meters/{id}")
    public MeterBodies.MeterBody update(@Context SecurityContext security, @PathParam("id") String id, MeterBodies.MeterInputBody body) {
        RequestBodies.required(body);
        Meter current = found(meters.meter(id));
        return MeterBodies.MeterBody.of(meters.update(id, body.over(current), Caller.staff(security).name()));
    }

    /** Archives a meter (replaced, removed): it keeps its history and takes no more readings. */
    @POST
    @Path("meters/{id}/archive")
    public MeterBodies.MeterBody archive(@Context SecurityContext security, @PathParam("id") String id) {
        return MeterBodies.MeterBody.of(meters.archive(id, Caller.staff(security).name()));
    }

    /**
     * Meters from CSV ({@code account;city;resource;serial;place;zones;digits;installed;verification;initial}):
     * 200 {@code {"stored"}}, or 422 {@code meters.import.rejected} listing every bad line and nothing stored.
     */
    @POST
    @Path("meters/import")
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Answers(value = 200, body = MeterBodies.ImportBody.class)
    public Response importMeters(@Context SecurityContext security, @Context HttpHeaders headers, InputStream file) throws IOException {
        return imported(meters.importMeters(upload(file), Caller.staff(security).name()), headers);
    }

    /**
     * Staff changes to meters, readings and windows, newest first, a page at a time ({@code ?page=} from 0,
     * {@code ?size=} 50 by default, at most 500, with {@code X-Total-Count} and {@code Link}). The older
     * {@code ?limit=} (the newest, up to 1000) still works when neither page nor size is given.
     */
    @GET
    @Path("meters/audit")
    @Answers(value = 200, body = MeterBodies.AuditBody.class, list = true)
    public Response audit(@Context UriInfo uri, @QueryParam("limit") Integer limit, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        int total = meters.countAudit();
        if (limit != null && page == null && size == null) {
            return Response.ok(meters.audit(MeterBodies.limit(limit)).stream().map(MeterBodies.AuditBody::of).toList())
                    .header("X-Total-Count", total).build();
        }
        Paging paging = Paging.of(page, size);
        return paging.response(meters.audit(paging.offset(), paging.size()).stream().map(MeterBodies.AuditBody::of).toList(), uri, total);
    }

    /** A reading taken by staff, with the same validation as a tenant's: 201, or 422 {@code meters.reading.rejected}. */
    @POST
    @Path("meters/{id}/readings")
    @Answers(value = 201, body = MeterBodies.ReadingBody.class)
    public Response submit(@Context SecurityContext security, @PathParam("id") String id, MeterBodies.SubmissionBody body) {
        RequestBodies.required(body);
        return MeterBodies.submitted(meters.submit(id, MeterBodies.submission(body), Caller.staff(security).name()));
    }

    // ---- readings ---------------------------------------------------------------------------------

    /**
     * The readings of a period (the current one of each meter) with their meters as JSON; with
     * {@code Accept: text/csv} or {@code format=csv} the export for an external billing system
     * ({@code account;city;serial;resource;period;takenOn;zone1;zone2;zone3;consumption;status;source}).
     */
    @GET
    @Path("readings")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    // 200 as JSON; with Accept: text/csv or format=csv, 200 with the CSV export (text/csv) instead
    @Answers(value = 200, body = MeterBodies.ReadingWithMeter.class, list = true)
    public Response readings(@Context HttpHeaders headers, @QueryParam("period") String period, @QueryParam("format") String format) {
        YearMonth month = MeterBodies.requiredPeriod(period, "period");
        if (MeterBodies.wantsCsv(format, headers.getAcceptableMediaTypes())) {
            return Response.ok(meters.exportReadings(month), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"readings-" + month + ".csv\"").build();
        }
        return Response.ok(withMeters(meters.readings(month)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * Readings taken by staff from CSV ({@code serial;takenOn;zone1;zone2;zone3}), validated like any: 200
     * {@code {"stored"}}, or 422 {@code meters.import.rejected} (a line that would be REJECTED rejects the file).
     */
    @POST
    @Path("readings/import")
    @Consumes({CSV, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Answers(value = 200, body = MeterBodies.ImportBody.class)
    public Response importReadings(@Context SecurityContext security, @Context HttpHeaders headers, InputStream file) throws IOException {
        return imported(meters.importReadings(upload(file), Caller.staff(security).name()), headers);
    }

    /**
     * Flagged readings waiting for staff, oldest first, each with its meter; a page at a time ({@code ?page=&size=},
     * as the audit) with {@code X-Total-Count} and {@code Link}.
     */
    @GET
    @Path("readings/review")
    @Answers(value = 200, body = MeterBodies.ReadingWithMeter.class, list = true)
    public Response reviewQueue(@Context UriInfo uri, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        return paging.response(withMeters(meters.reviewQueue(paging.offset(), paging.size())), uri, meters.countReviewQueue());
    }

    /** {@code {"accept":true}} counts a flagged reading; {@code {"accept":false,"reason":"…"}} rejects it, the tenant reads the reason. */
    @POST
    @Path("readings/{id}/review")
    public MeterBodies.ReadingBody review(@Context SecurityContext security, @PathParam("id") String id, MeterBodies.ReviewBody body) {
        RequestBodies.required(body);
        return MeterBodies.ReadingBody.of(meters.review(id, body.accepted(), body.reason(), Caller.staff(security).name()));
    }

    // ---- windows ----------------------------------------------------------------------------------

    /** The window rules: the company's, cities', buildings'. */
    @GET
    @Path("windows")
    public List<MeterBodies.WindowBody> windows() {
        return meters.windows().stream().map(MeterBodies.WindowBody::of).toList();
    }

    /** Sets the rule of a scope and value, replacing the one there. */
    @PUT
    @Path("windows")
    public MeterBodies.WindowBody setWindow(@Context SecurityContext security, MeterBodies.WindowBody body) {
        RequestBodies.required(body);
        return MeterBodies.WindowBody.of(meters.setWindow(body.toRule(), Caller.staff(security).name()));
    }

    /** Removes a city's or building's rule (a building's value is its address, URL-encoded): 204. */
    @DELETE
    @Path("windows/{scope}/{value: .+}")
    @Answers(204)
    public Response removeWindow(@Context SecurityContext security, @PathParam("scope") String scope, @PathParam("value") String value) {
        meters.removeWindow(MeterBodies.requiredNamed(WindowRule.Scope.class, scope, "scope"), value.strip(),
                Caller.staff(security).name());
        return Response.noContent().build();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private static Meter found(Meter meter) {
        if (meter == null) {
            throw new NotFoundException("not.found");
        }
        return meter;
    }

    /** Readings beside their meters, the meters looked up once. */
    private List<MeterBodies.ReadingWithMeter> withMeters(List<Reading> readings) {
        // the meters of the whole list read together, not one query per reading
        Map<String, Meter> known = meters.metersById(readings.stream().map(Reading::meterId).distinct().toList());
        return readings.stream().map(r -> new MeterBodies.ReadingWithMeter(MeterBodies.ReadingBody.of(r),
                MeterBodies.MeterBody.of(known.get(r.meterId())))).toList();
    }

    /** The uploaded file, refused past {@link #MAX_CSV_BYTES}. */
    private static byte[] upload(InputStream file) throws IOException {
        if (file == null) {
            throw new ValidationException("file", "meters.request.file");
        }
        byte[] bytes = file.readNBytes(MAX_CSV_BYTES + 1);
        if (bytes.length > MAX_CSV_BYTES) {
            throw new ValidationException("file", "meters.request.tooLarge", MAX_CSV_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new ValidationException("file", "meters.request.file");
        }
        return bytes;
    }

    private Response imported(ImportResult result, HttpHeaders headers) {
        if (!result.accepted()) {
            Locale locale = ErrorTexts.supported(headers.getAcceptableLanguages());
            return Response.status(422).type(MediaType.APPLICATION_JSON_TYPE).entity(new MeterBodies.ImportRejected("meters.import.rejected",
                    errors.text("meters.import.rejected", locale).orElse("meters.import.rejected"), null, result.problems())).build();
        }
        return Response.ok(new MeterBodies.ImportBody(result.stored()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
