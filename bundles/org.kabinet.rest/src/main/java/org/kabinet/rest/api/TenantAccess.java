package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a signed-in tenant ({@code Authorization: Bearer <session token>}) may call this; others get
 * 401, staff tokens 403. The method reads the tenant with {@link Caller#tenant}. With a
 * {@link #tokenScope()}, a tenant's personal token of that scope (a {@link PersonalTokens} service
 * knows it) is let in too, as that tenant ({@link Caller.Tenant#personalToken()} names the token).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantAccess {
    /** The personal-token scope also let in (e.g. {@code readings}); empty: sessions only. */
    String tokenScope() default "";
}
