package org.kabinet.rest.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a resource method that builds its own {@code Response} answers when it succeeds: the status, and the body's
 * type (a JSON object of {@link #body()}, an array of them with {@link #list()}, or a file of {@link #type()}). The
 * API's description (OpenAPI, generated in the build) takes the success answer from here; a method returning its
 * body type needs none.
 *
 * @since 1.3
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Answers {
    /** The success status: 200, 201, 202, 204, 302… */
    int value();

    /** The body's type; {@code Void.class} for none (or a file, with {@link #type()}). */
    Class<?> body() default Void.class;

    /** The body is a JSON array of {@link #body()}. */
    boolean list() default false;

    /** The body's media type when it is not JSON: {@code application/pdf}, {@code text/csv}, {@code text/html}… */
    String type() default "application/json";
}
