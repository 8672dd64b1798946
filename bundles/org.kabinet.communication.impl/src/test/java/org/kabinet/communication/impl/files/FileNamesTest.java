package org.kabinet.communication.impl.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void foldersAndControlCharactersAreDropped() {
        assertEquals("passwd.pdf", FileNames.clean("../../etc/passwd", FileTypes.PDF));
        assertEquals("Скан.PDF", FileNames.clean("C:\\Users\\Анна\\Скан.PDF", FileTypes.PDF));
        assertEquals("счёт за май.pdf", FileNames.clean("счёт\u0000 за\r\nмай.pdf", FileTypes.PDF));
        assertEquals("gpj.exe.jpg", FileNames.clean("\u202Egpj.exe", FileTypes.JPEG), "a right-to-left override cannot disguise a name");
        assertEquals("a_b_.png", FileNames.clean("a\"b?.png", FileTypes.PNG));
        assertEquals("file.jpg", FileNames.clean(null, FileTypes.JPEG));
        assertEquals("file.jpg", FileNames.clean("   ", FileTypes.JPEG));
        assertEquals("htaccess.png", FileNames.clean(".htaccess", FileTypes.PNG));
    }

    @Test
    void theExtensionMatchesTheContent() {
        assertEquals("photo.jpeg", FileNames.clean("photo.jpeg", FileTypes.JPEG));
        assertEquals("photo.JPG", FileNames.clean("photo.JPG", FileTypes.JPEG));
        assertEquals("photo.png.jpg", FileNames.clean("photo.png", FileTypes.JPEG));
        assertEquals("setup.exe.pdf", FileNames.clean("setup.exe", FileTypes.PDF));
        assertEquals("scan.pdf", FileNames.clean("scan", FileTypes.PDF));
    }

    @Test
    void longNamesKeepTheirExtensionWithin100Characters() {
        String cleaned = FileNames.clean("я".repeat(300) + ".pdf", FileTypes.PDF);
        assertEquals(100, cleaned.length());
        assertTrue(cleaned.endsWith("я.pdf"));
    }

    @Test
    void aNameOfEmojiFitsTheColumnByCharsWithoutSplittingAPair() {
        String emoji = "\uD83D\uDE00"; // 😀: one code point, two UTF-16 chars
        String cleaned = FileNames.clean(emoji.repeat(60) + ".jpg", FileTypes.JPEG);
        assertTrue(cleaned.length() <= FileNames.MAX_LENGTH, cleaned.length() + " chars");
        assertTrue(cleaned.endsWith(emoji + ".jpg"));
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertTrue(i + 1 < cleaned.length() && Character.isLowSurrogate(cleaned.charAt(++i)), "a lone half at " + i);
            } else {
                assertTrue(!Character.isLowSurrogate(c), "a lone half at " + i);
            }
        }
        // an odd room: the cut would fall inside a pair
        String odd = FileNames.clean("a" + emoji.repeat(60), FileTypes.PDF);
        assertEquals("a" + emoji.repeat(47) + ".pdf", odd);
    }
}
