package org.kabinet.ui.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BrandColourTest {
    @Test
    void aDarkEnoughColourIsKept() {
        assertEquals(Optional.of("#1f5f8b"), BrandColour.usable("#1f5f8b"));
        assertEquals(Optional.of("#1f5f8b"), BrandColour.usable(" 1F5F8B "));
    }

    @Test
    void aLightColourIsDarkenedUntilWhiteTextIsReadable() {
        String yellow = BrandColour.usable("#ffd400").orElseThrow();
        assertTrue(BrandColour.contrastWithWhite(yellow) >= BrandColour.AA, yellow);
        // the hue stays: still more red and green than blue
        assertTrue(Integer.parseInt(yellow.substring(1, 3), 16) > Integer.parseInt(yellow.substring(5, 7), 16), yellow);
        assertTrue(BrandColour.contrastWithWhite(BrandColour.usable("#ffffff").orElseThrow()) >= BrandColour.AA);
    }

    @Test
    void contrastFollowsWcag() {
        assertEquals(21.0, BrandColour.contrastWithWhite("#000000"), 0.01);
        assertEquals(1.0, BrandColour.contrastWithWhite("#ffffff"), 0.01);
        assertEquals(4.54, BrandColour.contrastWithWhite("#767676"), 0.01);
    }

    @Test
    void blankOrMalformedMeansTheThemesOwn() {
        assertEquals(Optional.empty(), BrandColour.usable(""));
        assertEquals(Optional.empty(), BrandColour.usable(null));
        assertEquals(Optional.empty(), BrandColour.usable("blue"));
        assertEquals(Optional.empty(), BrandColour.usable("#12345"));
        assertEquals(Optional.empty(), BrandColour.usable("#1f5f8b;}body{display:none"));
    }
}
