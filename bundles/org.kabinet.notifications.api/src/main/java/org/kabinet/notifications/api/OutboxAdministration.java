package org.kabinet.notifications.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Staff's view of outgoing messages: what waits, what went, what failed — and another try for a failed one. */
@ProviderType
public interface OutboxAdministration {

    /**
     * The newest messages first.
     *
     * @param channel EMAIL, SMS or null for both
     * @param state   PENDING, SENT, FAILED or null for all
     */
    List<OutboxEntry> entries(String channel, String state, int limit);

    /** Puts a failed message back in the queue, due now. @return false if there is no failed message with that id */
    boolean retry(String id);
}
