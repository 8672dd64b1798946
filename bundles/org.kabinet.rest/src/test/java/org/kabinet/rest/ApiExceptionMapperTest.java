package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import java.util.Optional;
import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kabinet.kernel.error.ErrorCatalog;
import org.kabinet.kernel.error.Failure;
import org.kabinet.kernel.error.KabinetException;
import org.kabinet.kernel.error.ValidationException;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.TokenState;
import org.kabinet.rest.api.ApiError;

class ApiExceptionMapperTest {
    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    /** A module's catalog as a module would register it. */
    private final ErrorCatalog module = (code, locale) -> switch (code) {
        case "password.tooShort" -> Optional.of(locale.getLanguage().equals("en") ? "At least {0}" : "Не короче {0}");
        case "auth.failed" -> Optional.of("Неверный адрес или пароль");
        default -> Optional.empty();
    };

    private ApiError body(Response response) {
        return (ApiError) response.getEntity();
    }

    @Test
    void validationNamesTheFieldWith422AndTheModulesText() {
        mapper.addCatalog(module);
        Response r = mapper.toResponse(new ValidationException("password", "password.tooShort", 12));
        assertEquals(422, r.getStatus());
        assertEquals(new ApiError("password.tooShort", "Не короче 12", "password"), body(r));
    }

    @Test
    void aModulesCodeWithoutItsCatalogStillGetsASentence() {
        Response r = mapper.toResponse(new ValidationException("password", "password.tooShort", 12));
        assertEquals("password.tooShort", body(r).code());
        assertEquals("Не удалось выполнить запрос", body(r).message());
    }

    @Test
    void everyKindOfFailureHasItsStatus() {
        assertEquals(422, ApiExceptionMapper.status(Failure.REFUSED));
        assertEquals(429, ApiExceptionMapper.status(Failure.TOO_MANY));
        assertEquals(503, mapper.toResponse(new KabinetException(Failure.BUSY, "busy", null)).getStatus());
        assertEquals("1", mapper.toResponse(new KabinetException(Failure.BUSY, "busy", null)).getHeaderString("Retry-After"));
    }

    @Test
    void failedSignInAndMissingTokenAre401WithDifferentCodes() {
        assertEquals("auth.failed", body(mapper.toResponse(new AuthenticationFailedException())).code());
        Response missing = mapper.toResponse(new NotAuthorizedException("Bearer"));
        assertEquals(401, missing.getStatus());
        assertEquals("auth.required", body(missing).code());
        assertEquals("Bearer", missing.getHeaderString("WWW-Authenticate"));
    }

    @Test
    void anOversizeBodyIs413WithItsCode() {
        mapper.addCatalog(new CoreErrorCatalog());
        Response r = mapper.toResponse(new javax.ws.rs.WebApplicationException(413));
        assertEquals(413, r.getStatus());
        assertEquals("request.tooLarge", body(r).code());
        assertEquals("Тело запроса слишком большое (не больше 2 МБ)", body(r).message());
    }

    @Test
    void usedLinkIs410OnTheTokenField() {
        Response r = mapper.toResponse(new InvalidTokenException(TokenState.USED, "reset"));
        assertEquals(410, r.getStatus());
        assertEquals("token.used", body(r).code());
        assertEquals("token", body(r).field());
    }

    @Test
    void unexpectedFailureHidesItsDetails() {
        Response r = mapper.toResponse(new IllegalStateException("table REG_USER is locked by …"));
        assertEquals(500, r.getStatus());
        assertEquals("internal", body(r).code());
        assertNull(body(r).field());
        assertEquals(false, body(r).message().contains("REG_USER"));
    }

    @Test
    void coreTextsExistInBothLanguages() {
        CoreErrorCatalog core = new CoreErrorCatalog();
        for (String code : new String[] {"request.empty", "request.malformed", "auth.required", "forbidden", "not.found",
                "busy", "internal", "request.tooMany", "media.unsupported", "request.tooLarge"}) {
            String ru = core.text(code, Locale.forLanguageTag("ru")).orElseThrow();
            String en = core.text(code, Locale.ENGLISH).orElseThrow();
            assertEquals(false, ru.equals(en), code);
        }
    }
}
