package org.kabinet.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.parsers.JsonParser;
import org.junit.Test;

/**
 * The distribution carries a CycloneDX SBOM that is valid by the 1.5 schema and names every jar it ships,
 * each with a SHA-256 — so a vulnerability scanner ({@code grype sbom:…}, Dependency-Track) sees exactly what
 * runs, including the bundles the Karaf features pulled in.
 */
public class SbomIT {

    private static final Path DISTRIBUTION = Path.of(System.getProperty("kabinet.distribution"));

    @Test
    public void theSbomIsValidAndListsEveryJarOfTheDistribution() throws Exception {
        List<String> entries = List.of(tar("tzf", DISTRIBUTION.toString()).split("\n"));
        String root = entries.get(0).substring(0, entries.get(0).indexOf('/') + 1);
        Set<String> jars = entries.stream()
                .filter(e -> e.endsWith(".jar"))
                .map(e -> e.substring(root.length()))
                .filter(e -> e.startsWith("system/") || e.startsWith("lib/"))
                .collect(Collectors.toSet());
        assertTrue("the distribution holds jars", jars.size() > 100);
        assertTrue("the SBOM is in the archive", entries.contains(root + "sbom.cdx.json"));

        byte[] sbom = tar("xzf", DISTRIBUTION.toString(), "-O", root + "sbom.cdx.json").getBytes(StandardCharsets.UTF_8);
        JsonParser parser = new JsonParser();
        List<ParseException> problems = parser.validate(sbom, Version.VERSION_15);
        assertTrue("schema problems: " + problems, problems.isEmpty());

        Bom bom = parser.parse(sbom);
        assertEquals("kabinet-distribution", bom.getMetadata().getComponent().getName());
        Set<String> listed = new HashSet<>();
        for (Component component : bom.getComponents()) {
            String path = component.getProperties().stream()
                    .filter(p -> p.getName().equals("kabinet:path")).findFirst().orElseThrow().getValue();
            listed.add(path);
            assertEquals(path, 1, component.getHashes().size());
            assertEquals(path, 64, component.getHashes().get(0).getValue().length());
        }
        assertEquals("every jar of the distribution, and nothing else", jars, listed);

        Set<String> purls = bom.getComponents().stream().map(Component::getPurl)
                .filter(p -> p != null).collect(Collectors.toSet());
        assertTrue(purls.stream().anyMatch(p -> p.startsWith("pkg:maven/com.vaadin/vaadin-server@8.14.")));
        assertTrue(purls.stream().anyMatch(p -> p.startsWith("pkg:maven/org.apache.derby/derby@")));
        assertTrue(purls.stream().anyMatch(p -> p.startsWith("pkg:maven/org.kabinet/org.kabinet.registration.impl@")));
        // 8.14 is the last Apache-licensed Vaadin 8 line (README, "Stack")
        assertEquals(1, purls.stream().filter(p -> p.startsWith("pkg:maven/com.vaadin/vaadin-server@")).count());
    }

    private static String tar(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "tar";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream in = process.getInputStream()) {
            in.transferTo(out);
        }
        assertEquals("tar " + String.join(" ", args), 0, process.waitFor());
        return out.toString(StandardCharsets.UTF_8);
    }
}
