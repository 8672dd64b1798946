package org.kabinet.rest;

/** The one error body of the API: a stable code, a Russian message for people, the input field if any. */
public record ApiError(String code, String message, String field) {
}
