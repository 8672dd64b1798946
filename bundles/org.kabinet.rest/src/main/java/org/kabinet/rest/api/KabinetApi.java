package org.kabinet.rest.api;

/** Names of the API application on the JAX-RS whiteboard. */
public final class KabinetApi {
    /** The application's name ({@code osgi.jaxrs.name}). */
    public static final String NAME = "kabinet-api";
    /** Where it answers: {@code /api/v1}. */
    public static final String BASE = "/api/v1";
    /** The filter a module's resource or extension puts in {@code osgi.jaxrs.application.select}. */
    public static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";

    private KabinetApi() {
    }
}
