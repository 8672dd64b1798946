package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A public action a stranger could repeat to cost the portal a password hash or a letter (sign-in,
 * sign-up, password reset): each client address gets a small token bucket (by default 10 at once,
 * then one every 6 s); past it the answer is 429 {@code request.tooMany} with {@code Retry-After}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ClientRateLimited {
}
