package org.kabinet.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.ErrorTexts;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.rest.api.ApiError;
import org.kabinet.rest.api.KabinetApi;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Maps every failure to {@link ApiError} once, so no resource builds error bodies and no stack trace
 * leaks. It knows no domain: a {@link KabinetException} says its kind of failure and its code, and
 * the text comes from whichever module's {@link ErrorCatalog} knows the code, in the request's
 * language ({@code Accept-Language}: Russian unless English is asked for).
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("kabinet-errors")
@JaxrsApplicationSelect(KabinetApi.SELECT)
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    private final List<ErrorCatalog> catalogs = new CopyOnWriteArrayList<>();
    private final ErrorTexts texts;
    @Context
    private HttpHeaders headers;

    public ApiExceptionMapper() {
        this.catalogs.add(new CoreErrorCatalog());
        this.texts = new ErrorTexts(() -> catalogs);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalog(ErrorCatalog catalog) {
        catalogs.add(catalog);
    }

    void removeCatalog(ErrorCatalog catalog) {
        catalogs.remove(catalog);
    }

    @Override
    public Response toResponse(Throwable e) {
        Locale locale = language();
        if (e instanceof KabinetException k) {
            return error(status(k.failure()), k.code(), texts.of(k, locale), k.field());
        }
        if (e instanceof JsonProcessingException) {
            return error(400, "request.malformed", locale);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return switch (status) {
                case 401 -> unauthorized(w, locale);
                case 403 -> error(403, "forbidden", locale);
                case 404 -> error(404, "not.found", locale);
                case 405 -> error(405, "method.notAllowed", locale);
                case 406 -> error(406, "media.notAcceptable", locale);
                case 413 -> error(413, "request.tooLarge", locale);
                case 415 -> error(415, "media.unsupported", locale);
                case 429 -> error(429, "request.tooMany", locale);
                default -> status >= 500 ? internal(e, locale) : error(status, "request.invalid", locale);
            };
        }
        return internal(e, locale);
    }

    static int status(Failure failure) {
        return switch (failure) {
            case INVALID, REFUSED -> 422;
            case NOT_FOUND -> 404;
            case TOO_MANY -> 429;
            case GONE -> 410;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case BUSY -> 503;
            case CONFLICT -> 409;
        };
    }

    private Locale language() {
        try {
            return ErrorTexts.supported(headers == null ? List.of() : headers.getAcceptableLanguages());
        } catch (RuntimeException outsideARequest) {
            return ErrorTexts.RUSSIAN;
        }
    }

    /** 401, keeping the challenge the access filter asked for. */
    private Response unauthorized(WebApplicationException w, Locale locale) {
        String challenge = w.getResponse().getHeaderString("WWW-Authenticate");
        boolean staff = challenge != null && challenge.startsWith("Basic");
        String text = texts.text(staff ? "auth.required.staff" : "auth.required", locale).orElseGet(() -> ErrorTexts.generic(locale));
        Response.ResponseBuilder r = Response.fromResponse(error(401, "auth.required", text, null));
        if (challenge != null) {
            r.header("WWW-Authenticate", challenge);
        }
        return r.build();
    }

    private Response internal(Throwable e, Locale locale) {
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
        return error(500, "internal", locale);
    }

    private Response error(int status, String code, Locale locale) {
        return error(status, code, texts.text(code, locale).orElseGet(() -> ErrorTexts.generic(locale)), null);
    }

    static Response error(int status, String code, String message, String field) {
        Response.ResponseBuilder r = Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, field));
        if (status == 503) {
            r.header("Retry-After", "1");
        }
        return r.build();
    }
}
