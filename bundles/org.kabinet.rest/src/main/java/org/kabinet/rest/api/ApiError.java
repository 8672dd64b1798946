package org.kabinet.rest.api;

/** The one error body of the API: a stable code, a message for people in the request's language, the input field if any. */
public record ApiError(String code, String message, String field) {
}
