package org.kabinet.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.kabinet.accounts.api.LinkRefusedException;
import org.kabinet.accounts.api.NotFoundException;
import org.kabinet.accounts.api.PhoneVerificationException;
import org.kabinet.accounts.api.TooManyAttemptsException;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.ValidationException;

/** Maps every failure to {@link ApiError} once, so no resource builds error bodies and no stack trace leaks. */
public final class ApiExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (e instanceof ValidationException v) {
            return error(422, v.code(), v.getMessage(), v.field());
        }
        if (e instanceof AuthenticationFailedException) {
            return error(401, "auth.failed", e.getMessage(), null);
        }
        if (e instanceof InvalidTokenException t) {
            return error(410, "token." + t.state().name().toLowerCase(), t.getMessage(), "token");
        }
        if (e instanceof LinkRefusedException) {
            return error(422, "link.refused", e.getMessage(), null);
        }
        if (e instanceof TooManyAttemptsException) {
            return error(429, "link.throttled", e.getMessage(), null);
        }
        if (e instanceof PhoneVerificationException p) {
            return error("phone.cooldown".equals(p.code()) ? 429 : 422, p.code(), p.getMessage(), "code");
        }
        if (e instanceof NotFoundException) {
            return error(404, "not.found", e.getMessage(), null);
        }
        if (e instanceof JsonProcessingException) {
            return error(400, "request.malformed", "Тело запроса должно быть корректным JSON-объектом", null);
        }
        if (e instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            return switch (status) {
                case 401 -> unauthorized(w);
                case 403 -> error(403, "forbidden", "Недостаточно прав: нужна роль manager", null);
                case 404 -> error(404, "not.found", "Ресурс не найден", null);
                case 405 -> error(405, "method.notAllowed", "Метод не поддерживается для этого ресурса", null);
                case 415 -> error(415, "media.unsupported", "Ожидается Content-Type: application/json", null);
                default -> status >= 500 ? internal(e) : error(status, "request.invalid", "Некорректный запрос", null);
            };
        }
        return internal(e);
    }

    /** 401, keeping the challenge (Bearer for tenants, Basic for staff) the resource asked for. */
    private static Response unauthorized(WebApplicationException w) {
        String challenge = w.getResponse().getHeaderString("WWW-Authenticate");
        boolean staff = challenge != null && challenge.startsWith("Basic");
        Response.ResponseBuilder r = Response.fromResponse(error(401, "auth.required", staff
                ? "Нужна учётная запись сотрудника: передайте заголовок Authorization: Basic"
                : "Нужно войти: передайте заголовок Authorization: Bearer <token>", null));
        if (challenge != null) {
            r.header("WWW-Authenticate", challenge);
        }
        return r.build();
    }

    private static Response internal(Throwable e) {
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
        return error(500, "internal", "Внутренняя ошибка. Попробуйте позже или обратитесь в управляющую компанию.", null);
    }

    static Response error(int status, String code, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(code, message, field)).build();
    }
}
