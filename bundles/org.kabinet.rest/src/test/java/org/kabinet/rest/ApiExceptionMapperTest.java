package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javax.ws.rs.NotAuthorizedException;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.kabinet.registration.api.AuthenticationFailedException;
import org.kabinet.registration.api.InvalidTokenException;
import org.kabinet.registration.api.TokenState;
import org.kabinet.registration.api.ValidationException;

class ApiExceptionMapperTest {
    private final ApiExceptionMapper mapper = new ApiExceptionMapper();

    private ApiError body(Response response) {
        return (ApiError) response.getEntity();
    }

    @Test
    void validationNamesTheFieldWith422() {
        Response r = mapper.toResponse(new ValidationException("password", "password.tooShort", "Коротко"));
        assertEquals(422, r.getStatus());
        assertEquals(new ApiError("password.tooShort", "Коротко", "password"), body(r));
    }

    @Test
    void failedSignInAndMissingTokenAre401WithDifferentCodes() {
        assertEquals("auth.failed", body(mapper.toResponse(new AuthenticationFailedException())).code());
        Response missing = mapper.toResponse(new NotAuthorizedException("Bearer"));
        assertEquals(401, missing.getStatus());
        assertEquals("auth.required", body(missing).code());
    }

    @Test
    void usedLinkIs410() {
        Response r = mapper.toResponse(new InvalidTokenException(TokenState.USED, "Ссылка уже использована."));
        assertEquals(410, r.getStatus());
        assertEquals("token.used", body(r).code());
    }

    @Test
    void unexpectedFailureHidesItsDetails() {
        Response r = mapper.toResponse(new IllegalStateException("table REG_USER is locked by …"));
        assertEquals(500, r.getStatus());
        assertEquals("internal", body(r).code());
        assertNull(body(r).field());
        assertEquals(false, body(r).message().contains("REG_USER"));
    }
}
