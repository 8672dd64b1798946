package org.kabinet.communication.impl.messages.osgi;

import java.nio.file.Path;
import java.util.logging.Logger;

/** The configuration read leniently: a value that does not make sense falls back to its default with a warning. */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    private Settings() {
    }

    public static int messagesPerDay(CommunicationConfig config) {
        return atLeastOne("messagesPerDay", config.messagesPerDay(), 20);
    }

    public static int uploadsPerDay(CommunicationConfig config) {
        return atLeastOne("uploadsPerDay", config.uploadsPerDay(), 50);
    }

    public static int feedbackPerClientPerHour(CommunicationConfig config) {
        return atLeastOne("feedbackPerClientPerHour", config.feedbackPerClientPerHour(), 5);
    }

    public static int feedbackPerContactPerDay(CommunicationConfig config) {
        return atLeastOne("feedbackPerContactPerDay", config.feedbackPerContactPerDay(), 3);
    }

    public static int feedbackPerHour(CommunicationConfig config) {
        return atLeastOne("feedbackPerHour", config.feedbackPerHour(), 100);
    }

    /** The folder of uploaded files: as configured, else {@code communication/attachments} in Karaf's data folder. */
    public static Path attachmentsDir(CommunicationConfig config) {
        String configured = config.attachmentsDir() == null ? "" : config.attachmentsDir().strip();
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("karaf.data", "data"), "communication", "attachments");
    }

    private static int atLeastOne(String name, int value, int fallback) {
        if (value < 1) {
            LOG.warning(() -> name + " " + value + " in etc/org.kabinet.communication.cfg is below 1; " + fallback + " is used");
            return fallback;
        }
        return value;
    }
}
