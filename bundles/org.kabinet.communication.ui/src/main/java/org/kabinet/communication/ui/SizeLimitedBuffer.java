package org.kabinet.communication.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an upload's bytes go: in memory, up to {@code limit} bytes. The first byte beyond it fails the write
 * (Vaadin then stops the upload and reports it failed) and {@link #exceeded()} tells why, so a 2 GB file is
 * never held in memory to be refused afterwards.
 */
final class SizeLimitedBuffer extends OutputStream {
    private final long limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean exceeded;

    SizeLimitedBuffer(long limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (exceeded || bytes.size() + (long) len > limit) {
            exceeded = true;
            throw new IOException("the file is larger than " + limit + " bytes");
        }
        bytes.write(b, off, len);
    }

    /** A file of this announced length would not fit (a browser tells the length before sending). */
    boolean tooLong(long contentLength) {
        return contentLength > limit;
    }

    synchronized boolean exceeded() {
        return exceeded;
    }

    /** Marks the upload as too large without a byte written (its announced length was). */
    synchronized void refuse() {
        exceeded = true;
        bytes.reset();
    }

    synchronized byte[] toByteArray() {
        return bytes.toByteArray();
    }

    /** Empties it for the next file. */
    synchronized void reset() {
        bytes.reset();
        exceeded = false;
    }
}
