package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PageAddressTest {
    private static final String TOKEN = "q3Zx-8_Ab0cDeFgHiJkLmNoPqRsTuVwXyZ0123456789";

    @Test
    void aFragmentNamesAPage() {
        assertEquals(Optional.of(new PageAddress("accounts", "")), PageAddress.parse("!accounts"));
        assertEquals(Optional.of(new PageAddress("accounts", "")), PageAddress.parse("accounts"), "typed without the «!»");
    }

    @Test
    void whatFollowsTheIdGoesToThePage() {
        assertEquals(Optional.of(new PageAddress("accounts", "invitation/" + TOKEN)), PageAddress.parse("!accounts/invitation/" + TOKEN));
        assertEquals(Optional.of(new PageAddress("accounts", "")), PageAddress.parse("!accounts/"));
    }

    @Test
    void noFragmentOrNoIdIsNoAddress() {
        assertEquals(Optional.empty(), PageAddress.parse(null));
        assertEquals(Optional.empty(), PageAddress.parse(""));
        assertEquals(Optional.empty(), PageAddress.parse("!"));
        assertEquals(Optional.empty(), PageAddress.parse("  "));
        assertEquals(Optional.empty(), PageAddress.parse("!/invitation/" + TOKEN));
    }

    @Test
    void aCraftedFragmentIsNoAddress() {
        // written back into the browser's address later (replaceState): a space or an escape there broke the sign-in
        assertEquals(Optional.empty(), PageAddress.parse("!accounts/a b"));
        assertEquals(Optional.empty(), PageAddress.parse("!accounts/a%20b"));
        assertEquals(Optional.empty(), PageAddress.parse("!accounts/\"><script>"));
        assertEquals(Optional.empty(), PageAddress.parse("!accounts/" + "x".repeat(400)));
    }

    @Test
    void theAddressWritesItsFragmentBack() {
        assertEquals("!accounts", new PageAddress("accounts", "").fragment());
        assertEquals("!accounts/invitation/" + TOKEN, new PageAddress("accounts", "invitation/" + TOKEN).fragment());
        assertEquals("!accounts", new PageAddress("accounts", "invitation/" + TOKEN).withoutParameter().fragment());
    }

    @Test
    void thePageIdOfAFragmentIgnoresTheParameter() {
        assertEquals("accounts", KabinetUI.pageId("!accounts/invitation/" + TOKEN));
        assertEquals("billing", KabinetUI.pageId("!billing"));
        assertNull(KabinetUI.pageId(null));
        assertNull(KabinetUI.pageId(""));
    }
}
