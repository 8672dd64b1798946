package org.kabinet.communication.api;

import java.util.List;

/** A thread with its posts, oldest first (for a tenant without staff's internal notes). */
public record ThreadDetails(ThreadSummary summary, List<Post> posts) {
    public ThreadDetails {
        posts = List.copyOf(posts);
    }
}
