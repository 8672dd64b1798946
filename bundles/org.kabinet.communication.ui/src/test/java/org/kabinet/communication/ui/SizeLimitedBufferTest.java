package org.kabinet.communication.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class SizeLimitedBufferTest {
    @Test
    void aFileOfExactlyTenMegabytesIsKept() throws IOException {
        SizeLimitedBuffer buffer = new SizeLimitedBuffer(AttachmentsField.MAX_BYTES);
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 160; i++) {
            buffer.write(chunk, 0, chunk.length);
        }
        assertFalse(buffer.exceeded());
        assertEquals(10 * 1024 * 1024, buffer.toByteArray().length);
    }

    @Test
    void theByteBeyondTheLimitStopsTheUploadAndSaysWhy() throws IOException {
        SizeLimitedBuffer buffer = new SizeLimitedBuffer(4);
        buffer.write(new byte[] {1, 2, 3, 4}, 0, 4);
        assertThrows(IOException.class, () -> buffer.write(5));
        assertTrue(buffer.exceeded());
        assertThrows(IOException.class, () -> buffer.write(new byte[1], 0, 0), "nothing more after the limit was passed");
    }

    @Test
    void anAnnouncedLengthOverTheLimitIsRefusedBeforeAnyByte() {
        SizeLimitedBuffer buffer = new SizeLimitedBuffer(AttachmentsField.MAX_BYTES);
        assertFalse(buffer.tooLong(AttachmentsField.MAX_BYTES));
        assertTrue(buffer.tooLong(AttachmentsField.MAX_BYTES + 1));
        buffer.refuse();
        assertTrue(buffer.exceeded());
    }

    @Test
    void resetMakesItReadyForTheNextFile() throws IOException {
        SizeLimitedBuffer buffer = new SizeLimitedBuffer(2);
        assertThrows(IOException.class, () -> buffer.write(new byte[3], 0, 3));
        buffer.reset();
        buffer.write(7);
        assertFalse(buffer.exceeded());
        assertArrayEquals(new byte[] {7}, buffer.toByteArray());
    }
}
