package org.kabinet.registration.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kabinet.registration.api.ConsentText;

/**
 * The consent text in force: from a file the administrator names (UTF-8 plain text), or the one the
 * bundle ships for that version ({@code consent-<version>.txt}). {@code {company}} and {@code {address}}
 * in the text become the company's name and address.
 */
public final class ConsentTexts {
    private static final Logger LOG = Logger.getLogger(ConsentTexts.class.getName());

    private ConsentTexts() {
    }

    /** The version whose text the bundle ships, the fallback for a version without a readable text. */
    static final String SHIPPED_VERSION = "2026-11";

    /**
     * The consent text of {@code version}; never fails. When the administrator's file cannot be read,
     * or no file is named and no text ships for that version, the shipped text of
     * {@value #SHIPPED_VERSION} stands in (an ERROR in the log names the setting to fix) and the version
     * stays as configured, so that the tenant's profile and {@code /me} keep working.
     */
    public static ConsentText load(String version, String file, String company, String address) {
        String text;
        try {
            text = text(version, file);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "The consent text of version " + version + " is missing: " + e.getMessage()
                    + ". Set consentTextFile in etc/org.kabinet.registration.cfg to a readable UTF-8 file with that text;"
                    + " until then tenants are shown the shipped text of " + SHIPPED_VERSION + " under version " + version);
            text = shipped(SHIPPED_VERSION);
        }
        String place = address == null || address.isBlank() ? "" : address.strip();
        String filled = text.replace(", {address}", place.isEmpty() ? "" : ", " + place).replace("{address}", place)
                .replace("{company}", company == null || company.isBlank() ? "управляющая компания" : company.strip()).strip();
        return new ConsentText(version, filled);
    }

    private static String text(String version, String file) {
        if (file != null && !file.isBlank()) {
            try {
                String own = Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8);
                if (own.isBlank()) {
                    throw new IllegalStateException("the consent text file " + file + " is empty");
                }
                return own;
            } catch (IOException | InvalidPathException e) {
                throw new IllegalStateException("the consent text file " + file + " cannot be read (" + e + ")", e);
            }
        }
        return shipped(version);
    }

    /** The text the bundle ships for that version. */
    static String shipped(String version) {
        String name = "consent-" + version + ".txt";
        try (InputStream in = ConsentTexts.class.getResourceAsStream(name)) {
            if (in == null || version == null || !version.matches("[A-Za-z0-9._-]{1,40}")) {
                throw new IllegalStateException("No consent text ships for version " + version
                        + ": set consentTextFile in etc/org.kabinet.registration.cfg");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
