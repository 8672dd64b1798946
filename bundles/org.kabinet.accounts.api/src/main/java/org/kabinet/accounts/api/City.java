package org.kabinet.accounts.api;

/** A city of the reference list; {@code id} is a stable Latin slug such as {@code khanty-mansiysk}. */
public record City(String id, String name) {
}
