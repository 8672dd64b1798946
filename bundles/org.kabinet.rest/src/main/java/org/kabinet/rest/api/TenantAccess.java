package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a signed-in tenant ({@code Authorization: Bearer <session token>}) may call this; others get
 * 401, staff tokens 403. The method reads the tenant with {@link Caller#tenant}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TenantAccess {
}
