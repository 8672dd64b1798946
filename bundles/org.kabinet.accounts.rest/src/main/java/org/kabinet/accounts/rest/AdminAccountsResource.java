package org.kabinet.accounts.rest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
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
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.paging.Paging;
import java.util.Locale;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountErrors;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.rest.api.RequestBodies;
import org.kabinet.rest.api.StaffAccess;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;

/** Staff tools: accounts, imports, registration codes, cities, audit. Staff with the manager role only. */
@Component(service = AdminAccountsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(KabinetApi.SELECT)
@StaffAccess
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AdminAccountsResource {
    private final AccountAdministration admin;
    private final CodeSheets sheets;
    private final AccountErrors errors = new AccountErrors();

    @Activate
    public AdminAccountsResource(@Reference AccountAdministration admin, @Reference CodeSheets sheets) {
        this.admin = admin;
        this.sheets = sheets;
    }

    /**
     * A page of accounts by city and number: {@code ?page=} from 0, {@code ?size=} 50 by default and at most 500;
     * a JSON array as before, with {@code X-Total-Count} and a {@code Link} header (first, prev, next, last).
     */
    @GET
    @Path("accounts")
    @Answers(value = 200, body = AccountBodies.AccountBody.class, list = true)
    public Response accounts(@Context UriInfo uri, @QueryParam("city") String city, @QueryParam("status") String status,
                             @QueryParam("linked") Boolean linked, @QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Paging.of(page, size);
        AccountStatus state = status == null || status.isBlank() ? null : parseStatus(status);
        AccountFilter filter = new AccountFilter(city == null || city.isBlank() ? null : city, state, linked);
        List<AccountBodies.AccountBody> items = admin.accounts(filter, paging.offset(), paging.size()).stream()
                .map(AccountBodies.AccountBody::of).toList();
        return paging.response(items, uri, admin.countAccounts(filter));
    }

    @GET
    @Path("accounts/{id}")
    public AccountBodies.AccountBody account(@PathParam("id") String id) {
        return AccountBodies.AccountBody.of(admin.account(id));
    }

    @POST
    @Path("accounts")
    @Answers(value = 201, body = AccountBodies.AccountBody.class)
    public Response create(AccountBodies.AccountInput body) {
        return Response.status(201).entity(AccountBodies.AccountBody.of(admin.create(RequestBodies.required(body).toData()))).build();
    }

    @PUT
    @Path("accounts/{id}")
    public AccountBodies.AccountBody update(@PathParam("id") String id, AccountBodies.AccountInput body) {
        return AccountBodies.AccountBody.of(admin.update(id, RequestBodies.required(body).toData()));
    }

    /** CSV in the body (UTF-8): 200 with counts, or 422 {@code import.rejected} listing every bad line; nothing changes then. */
    @POST
    @Path("accounts/import")
    @Consumes("text/csv")
    @Answers(value = 200, body = AccountBodies.ImportBody.class)
    public Response importCsv(@Context HttpHeaders headers, InputStream csv) {
        ImportResult result = admin.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), line -> { });
        if (!result.applied()) {
            Locale locale = ErrorTexts.supported(headers.getAcceptableLanguages());
            return Response.status(422).entity(new AccountBodies.ImportRejected("import.rejected",
                    errors.text("import.rejected", locale).orElseThrow(), null, result.problems())).build();
        }
        return Response.ok(AccountBodies.ImportBody.of(result)).build();
    }

    /** A new registration code for one account — the only time the plain code is shown. */
    @POST
    @Path("accounts/{id}/registration-code")
    @Answers(value = 201, body = AccountBodies.CodeBody.class)
    public Response issueCode(@PathParam("id") String id) {
        return Response.status(201).entity(AccountBodies.CodeBody.of(admin.issueCode(id))).build();
    }

    /**
     * Codes for every open unlinked account of a city (or of a building: an address prefix), as JSON,
     * or ready to print with {@code Accept: text/csv} or {@code Accept: application/pdf} (one letter per account).
     */
    @POST
    @Path("registration-codes")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    // also 201 as text/csv or application/pdf (the printable codes) when the Accept header asks for it
    @Answers(value = 201, body = AccountBodies.CodeBody.class, list = true)
    public Response issueCodes(@HeaderParam(HttpHeaders.ACCEPT) String accept, AccountBodies.CodesRequest body) {
        RequestBodies.required(body);
        List<IssuedCode> codes = admin.issueCodes(body.city(), body.addressPrefix());
        String wanted = accept == null ? "" : accept;
        if (wanted.contains("application/pdf")) {
            return Response.status(201).type("application/pdf").entity(sheets.pdf(codes))
                    .header("Content-Disposition", "attachment; filename=registration-codes.pdf").build();
        }
        if (wanted.contains("text/csv")) {
            return Response.status(201).type("text/csv; charset=UTF-8").entity(sheets.csv(codes))
                    .header("Content-Disposition", "attachment; filename=registration-codes.csv").build();
        }
        return Response.status(201).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(codes.stream().map(AccountBodies.CodeBody::of).toList()).build();
    }

    @POST
    @Path("cities")
    @Answers(value = 201, body = AccountBodies.CityBody.class)
    public Response addCity(AccountBodies.NameBody body) {
        return Response.status(201).entity(AccountBodies.CityBody.of(admin.addCity(RequestBodies.required(body).name()))).build();
    }

    /**
     * Audit events, newest first, a page at a time ({@code ?page=&size=}, as the accounts list). The older
     * {@code ?limit=} (the newest events, up to 10 000) still works when neither page nor size is given.
     */
    @GET
    @Path("audit")
    @Answers(value = 200, body = AccountBodies.AuditBody.class, list = true)
    public Response audit(@Context UriInfo uri, @QueryParam("limit") Integer limit, @QueryParam("page") String page,
                          @QueryParam("size") String size) {
        int total = admin.countAudit();
        if (limit != null && page == null && size == null) {
            return Response.ok(admin.audit(limit).stream().map(AccountBodies.AuditBody::of).toList()).header("X-Total-Count", total).build();
        }
        Paging paging = Paging.of(page, size);
        return paging.response(admin.audit(paging.offset(), paging.size()).stream().map(AccountBodies.AuditBody::of).toList(), uri, total);
    }

    private static AccountStatus parseStatus(String status) {
        return AccountBodies.AccountInput.parse(AccountStatus.class, status, "status");
    }
}
