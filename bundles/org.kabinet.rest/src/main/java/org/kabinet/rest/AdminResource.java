package org.kabinet.rest;

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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.kabinet.accounts.api.AccountAdministration;
import org.kabinet.accounts.api.AccountFilter;
import org.kabinet.accounts.api.AccountStatus;
import org.kabinet.accounts.api.CodeSheets;
import org.kabinet.accounts.api.ImportResult;
import org.kabinet.accounts.api.IssuedCode;
import org.kabinet.registration.api.StaffAuthentication;
import org.kabinet.registration.api.ValidationException;

/** Staff tools: accounts, imports, registration codes, cities, audit. HTTP Basic with the manager role. */
@Path("admin")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {
    private final StaffAuthentication staff;
    private final AccountAdministration admin;
    private final CodeSheets sheets;

    AdminResource(StaffAuthentication staff, AccountAdministration admin, CodeSheets sheets) {
        this.staff = staff;
        this.admin = admin;
        this.sheets = sheets;
    }

    private void manager(String authorization) {
        StaffCredentials.requireManager(staff, authorization);
    }

    @GET
    @Path("accounts")
    public List<AccountBodies.AccountBody> accounts(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                                    @QueryParam("city") String city, @QueryParam("status") String status,
                                                    @QueryParam("linked") Boolean linked) {
        manager(authorization);
        AccountStatus state = status == null || status.isBlank() ? null : parseStatus(status);
        return admin.accounts(new AccountFilter(city == null || city.isBlank() ? null : city, state, linked)).stream()
                .map(AccountBodies.AccountBody::of).toList();
    }

    @GET
    @Path("accounts/{id}")
    public AccountBodies.AccountBody account(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                             @PathParam("id") String id) {
        manager(authorization);
        return AccountBodies.AccountBody.of(admin.account(id));
    }

    @POST
    @Path("accounts")
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AccountBodies.AccountInput body) {
        manager(authorization);
        return Response.status(201).entity(AccountBodies.AccountBody.of(admin.create(Bodies.required(body).toData()))).build();
    }

    @PUT
    @Path("accounts/{id}")
    public AccountBodies.AccountBody update(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                            @PathParam("id") String id, AccountBodies.AccountInput body) {
        manager(authorization);
        return AccountBodies.AccountBody.of(admin.update(id, Bodies.required(body).toData()));
    }

    /** CSV in the body (UTF-8): 200 with counts, or 422 {@code import.rejected} listing every bad line; nothing changes then. */
    @POST
    @Path("accounts/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response importCsv(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream csv) {
        manager(authorization);
        ImportResult result = admin.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8), line -> { });
        if (!result.applied()) {
            return Response.status(422).entity(new AccountBodies.ImportRejected("import.rejected",
                    "Файл не импортирован: исправьте строки из списка и загрузите его снова", null, result.problems())).build();
        }
        return Response.ok(AccountBodies.ImportBody.of(result)).build();
    }

    /** A new registration code for one account — the only time the plain code is shown. */
    @POST
    @Path("accounts/{id}/registration-code")
    public Response issueCode(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        manager(authorization);
        return Response.status(201).entity(AccountBodies.CodeBody.of(admin.issueCode(id))).build();
    }

    /**
     * Codes for every open unlinked account of a city (or of a building: an address prefix), as JSON,
     * or ready to print with {@code Accept: text/csv} or {@code Accept: application/pdf} (one letter per account).
     */
    @POST
    @Path("registration-codes")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    public Response issueCodes(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @HeaderParam(HttpHeaders.ACCEPT) String accept, AccountBodies.CodesRequest body) {
        manager(authorization);
        Bodies.required(body);
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
    public Response addCity(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, AccountBodies.NameBody body) {
        manager(authorization);
        return Response.status(201).entity(AccountBodies.CityBody.of(admin.addCity(Bodies.required(body).name()))).build();
    }

    @GET
    @Path("audit")
    public List<AccountBodies.AuditBody> audit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                               @QueryParam("limit") Integer limit) {
        manager(authorization);
        return admin.audit(limit == null ? 100 : limit).stream().map(AccountBodies.AuditBody::of).toList();
    }

    private static AccountStatus parseStatus(String status) {
        try {
            return AccountStatus.valueOf(status.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("status", "account.status", "Состояние: OPEN или CLOSED");
        }
    }
}
