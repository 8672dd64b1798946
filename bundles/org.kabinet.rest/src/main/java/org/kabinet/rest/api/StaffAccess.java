package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Only a member of staff with {@link #role()} may call this: {@code Authorization: Bearer <staff token>}
 * from {@code POST /api/v1/admin/sessions}, or {@code Basic} for scripts. No credentials: 401; a
 * tenant's token or a member without the role: 403.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffAccess {
    /** The JAAS role required; {@code admin} members pass too. */
    String role() default "manager";
}
