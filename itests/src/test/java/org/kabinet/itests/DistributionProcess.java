package org.kabinet.itests;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built distribution unpacked into target/ and started as a real process ({@code bin/karaf server}),
 * exactly as an administrator runs it, on ports away from a running portal.
 */
final class DistributionProcess implements AutoCloseable {
    private final Path home;
    private final int httpPort;
    private Process process;

    private DistributionProcess(Path home, int httpPort) {
        this.home = home;
        this.httpPort = httpPort;
    }

    /** Unpacks a fresh copy of the distribution under {@code target/<name>}. */
    static DistributionProcess unpack(String name, int httpPort) throws IOException, InterruptedException {
        Path target = Path.of("target", name).toAbsolutePath();
        run(new File("target"), "rm", "-rf", target.toString());
        Files.createDirectories(target);
        run(target.toFile(), "tar", "xzf", Path.of(System.getProperty("kabinet.distribution")).toAbsolutePath().toString(),
                "--strip-components=1");
        DistributionProcess dist = new DistributionProcess(target, httpPort);
        dist.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort));
        dist.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(httpPort + 1));
        dist.setProperty("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(httpPort + 2));
        dist.setProperty("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(httpPort + 3));
        dist.setProperty("etc/org.kabinet.company.cfg", "portalUrl", "http://localhost:" + httpPort);
        // no debt SMS by the clock (on the 1st–3rd it would run by itself): tests start it when they mean to
        dist.setProperty("etc/org.kabinet.billing.notices.cfg", "debtSmsEnabled", "false");
        return dist;
    }

    Path home() {
        return home;
    }

    String url(String path) {
        return "http://localhost:" + httpPort + path;
    }

    /** Appends a property; in Karaf's .cfg files the last occurrence of a key wins. */
    void setProperty(String file, String key, String value) throws IOException {
        Path cfg = home.resolve(file);
        Files.writeString(cfg, "\n" + key + " = " + value + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /** Starts Karaf and waits until the portal's sign-in page and the REST API answer. */
    void start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bin/karaf", "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Karaf exited; see " + home.resolve("console.log"));
            }
            try {
                int portal = client.send(HttpRequest.newBuilder(URI.create(url("/"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int api = client.send(HttpRequest.newBuilder(URI.create(url("/api/v1/me"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (portal == 200 && api == 401) {
                    // then each module's resources, which register on their own after the core's
                    new Http(httpPort);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the portal did not answer within 3 minutes; see " + home.resolve("data/log/karaf.log"));
    }

    /** Stops Karaf the way an administrator would, and waits for it. */
    void stop() throws IOException, InterruptedException {
        if (process == null) {
            return;
        }
        run(home.toFile(), "bin/stop");
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        process = null;
    }

    /**
     * Kills Karaf's Java process and the script around it with SIGKILL, as a power cut would, and waits
     * until they are gone; the home and its database stay for the next {@link #start()}.
     */
    void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().join());
        process = null;
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static void run(File dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir).inheritIO();
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit);
        }
    }
}
