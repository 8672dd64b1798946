package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An endpoint (a resource method, or every method of a class) that is to go: it still answers as before until
 * {@link #sunset()}, and every answer says so — {@code Deprecation: @<epoch seconds of deprecated>} (RFC 9745),
 * {@code Sunset: <HTTP date>} (RFC 8594) and {@code Link: <…>; rel="deprecation"} to what replaces it. The API's
 * description marks the operation {@code deprecated}. The README's versioning rules say how long it stays.
 *
 * @since 1.3
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Sunset {
    /** The day it was deprecated, {@code yyyy-MM-dd}. */
    String deprecated();

    /** The day it stops answering, {@code yyyy-MM-dd}: at least 6 months after {@link #deprecated()}. */
    String value();

    /** Where a client reads what replaces it: an address or the README's anchor. */
    String link();
}
