package org.kabinet.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoStoreFilterTest {
    @Test
    void personalAnswersAreNotStored() {
        assertTrue(NoStoreFilter.personal("Bearer abc", "cities"));
        assertTrue(NoStoreFilter.personal("Basic abc", "sessions"));
        assertTrue(NoStoreFilter.personal(null, "me"));
        assertTrue(NoStoreFilter.personal(null, "/me/accounts"));
        assertTrue(NoStoreFilter.personal(null, "admin/accounts"));
    }

    @Test
    void publicAnswersMayBeCached() {
        assertFalse(NoStoreFilter.personal(null, "cities"));
        assertFalse(NoStoreFilter.personal(" ", "/cities"));
        assertFalse(NoStoreFilter.personal(null, "meters-of-the-city"));
        assertFalse(NoStoreFilter.personal(null, null));
    }
}
