package org.kabinet.ui.portal;

import java.util.Optional;

/**
 * Where an address fragment leads: {@code !accounts} is the page «accounts», {@code !accounts/invitation/<token>}
 * the same page with the parameter {@code invitation/<token>} (a link in a letter that opens the page at one thing).
 *
 * @param pageId    the page's id, never empty
 * @param parameter what follows the first {@code /} after the id; empty without one
 */
record PageAddress(String pageId, String parameter) {
    PageAddress {
        parameter = parameter == null ? "" : parameter;
    }

    /**
     * What an address may hold: letters, digits and {@code _ - / = .}, at most 300 of them. Anything else (a space,
     * {@code %}, quotes, a crafted link's escapes) is no address at all: it is written back into the browser's
     * address later, and a page's id or a token never needs it.
     */
    private static final java.util.regex.Pattern SAFE = java.util.regex.Pattern.compile("!?[A-Za-z0-9_=./-]{1,300}");

    /**
     * The address in a fragment ({@code !accounts}, {@code accounts}, {@code !accounts/…}); empty for none, a blank id,
     * or characters no address has.
     */
    static Optional<PageAddress> parse(String fragment) {
        if (fragment == null || !SAFE.matcher(fragment).matches()) {
            return Optional.empty();
        }
        String path = fragment.startsWith("!") ? fragment.substring(1) : fragment;
        int slash = path.indexOf('/');
        String id = (slash < 0 ? path : path.substring(0, slash)).strip();
        if (id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PageAddress(id, slash < 0 ? "" : path.substring(slash + 1)));
    }

    /** The fragment that leads here: {@code !<page id>}, or {@code !<page id>/<parameter>}. */
    String fragment() {
        return "!" + pageId + (parameter.isEmpty() ? "" : "/" + parameter);
    }

    /** The same page without the parameter. */
    PageAddress withoutParameter() {
        return new PageAddress(pageId, "");
    }
}
