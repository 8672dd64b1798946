import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a CycloneDX 1.5 SBOM (JSON) of an assembled Karaf distribution: one component for every jar
 * that ships in it — the Maven repository under {@code system/} (our bundles and everything the
 * features pulled in) and the launcher jars under {@code lib/} — with its Maven coordinates, package
 * URL, SHA-256 and the licence its manifest declares.
 * <p>
 * The Maven plugins that write SBOMs see a module's declared dependencies only; the bundles of a
 * Karaf distribution come from feature files, so this reads what was actually assembled.
 * <p>
 * Usage: {@code java DistributionSbom.java <assembly dir> <output file> <group> <name> <version>}.
 * Run by the distribution's build (assembly/pom.xml) before the archive is packed.
 */
public final class DistributionSbom {

    private static final Pattern LINK = Pattern.compile("link=\"([^\"]+)\"");

    record Component(String group, String name, String version, String classifier, String type,
                     String sha256, String license, String path) {
        String purl() {
            StringBuilder purl = new StringBuilder("pkg:maven/").append(group).append('/').append(name)
                    .append('@').append(version).append("?type=").append(type);
            if (!classifier.isEmpty()) {
                purl.append("&classifier=").append(classifier);
            }
            return purl.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: DistributionSbom <assembly dir> <output file> <group> <name> <version>");
            System.exit(2);
        }
        Path assembly = Path.of(args[0]);
        List<Component> components = new ArrayList<>();
        Path system = assembly.resolve("system");
        try (Stream<Path> files = Files.walk(system)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                components.add(fromRepository(system, jar, assembly));
            }
        }
        Path lib = assembly.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> files = Files.walk(lib)) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    components.add(fromJar(jar, assembly));
                }
            }
        }
        if (components.isEmpty()) {
            throw new IllegalStateException("no jars under " + system + ": is this an assembled distribution?");
        }
        String json = bom(components, args[2], args[3], args[4]);
        Files.writeString(Path.of(args[1]), json, StandardCharsets.UTF_8);
        System.out.println("SBOM: " + components.size() + " components -> " + args[1]);
    }

    /** system/org/foo/bar/1.2/bar-1.2[-classifier].jar: the path is the coordinates. */
    static Component fromRepository(Path system, Path jar, Path assembly) throws IOException {
        Path relative = system.relativize(jar);
        int n = relative.getNameCount();
        if (n < 4) {
            return fromJar(jar, assembly);
        }
        String version = relative.getName(n - 2).toString();
        String name = relative.getName(n - 3).toString();
        String group = relative.subpath(0, n - 3).toString().replace('/', '.');
        String file = relative.getFileName().toString();
        String stem = file.substring(0, file.length() - ".jar".length());
        String prefix = name + "-" + version;
        if (!stem.startsWith(prefix)) {
            return fromJar(jar, assembly);
        }
        String classifier = stem.length() > prefix.length() ? stem.substring(prefix.length() + 1) : "";
        return new Component(group, name, version, classifier, "jar", sha256(jar), license(jar),
                assembly.relativize(jar).toString());
    }

    /** A jar outside the repository layout: its coordinates from its embedded pom.properties or manifest. */
    static Component fromJar(Path jar, Path assembly) throws IOException {
        String group = "";
        String name = "";
        String version = "";
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().toList()) {
                if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.properties")) {
                    Properties pom = new Properties();
                    try (InputStream in = file.getInputStream(entry)) {
                        pom.load(in);
                    }
                    group = pom.getProperty("groupId", "");
                    name = pom.getProperty("artifactId", "");
                    version = pom.getProperty("version", "");
                    break;
                }
            }
            Manifest manifest = file.getManifest();
            if (name.isEmpty() && manifest != null) {
                String symbolicName = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                name = symbolicName == null ? "" : symbolicName.split(";")[0].strip();
                String bundleVersion = manifest.getMainAttributes().getValue("Bundle-Version");
                version = bundleVersion == null ? "" : bundleVersion.strip();
            }
        }
        if (name.isEmpty()) {
            String file = jar.getFileName().toString();
            name = file.substring(0, file.length() - ".jar".length());
        }
        return new Component(group, name, version, "", "jar", sha256(jar), license(jar),
                assembly.relativize(jar).toString());
    }

    static String license(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest manifest = file.getManifest();
            String license = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-License");
            return license == null ? "" : license.strip();
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[65536];
                for (int read; (read = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, read);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String bom(List<Component> components, String group, String name, String version) {
        StringBuilder json = new StringBuilder();
        json.append("{\n  \"bomFormat\": \"CycloneDX\",\n  \"specVersion\": \"1.5\",\n");
        json.append("  \"serialNumber\": \"urn:uuid:").append(UUID.randomUUID()).append("\",\n");
        json.append("  \"version\": 1,\n  \"metadata\": {\n");
        json.append("    \"timestamp\": ").append(string(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString())).append(",\n");
        json.append("    \"tools\": {\"components\": [{\"type\": \"application\", \"name\": \"DistributionSbom\", ")
                .append("\"description\": \"assembly/src/sbom/DistributionSbom.java\"}]},\n");
        json.append("    \"component\": {\"type\": \"application\", \"bom-ref\": ")
                .append(string("pkg:maven/" + group + "/" + name + "@" + version + "?type=tar.gz"))
                .append(", \"group\": ").append(string(group)).append(", \"name\": ").append(string(name))
                .append(", \"version\": ").append(string(version)).append("}\n  },\n");
        json.append("  \"components\": [\n");
        for (int i = 0; i < components.size(); i++) {
            Component c = components.get(i);
            json.append("    {\"type\": \"library\"");
            boolean coordinates = !c.group().isEmpty() && !c.version().isEmpty();
            String ref = coordinates ? c.purl() : "file:" + c.path();
            json.append(", \"bom-ref\": ").append(string(ref + (refTaken(components, i, ref) ? "#" + i : "")));
            if (!c.group().isEmpty()) {
                json.append(", \"group\": ").append(string(c.group()));
            }
            json.append(", \"name\": ").append(string(c.name()));
            if (!c.version().isEmpty()) {
                json.append(", \"version\": ").append(string(c.version()));
            }
            if (coordinates) {
                json.append(", \"purl\": ").append(string(c.purl()));
            }
            json.append(", \"hashes\": [{\"alg\": \"SHA-256\", \"content\": \"").append(c.sha256()).append("\"}]");
            if (!c.license().isEmpty()) {
                // Bundle-License: <name or URL>[;link="URL"][;description="…"], the first licence of a list
                String license = c.license().split("[;,]")[0].strip();
                Matcher link = LINK.matcher(c.license());
                String url = link.find() ? link.group(1) : license.startsWith("http") ? license : "";
                json.append(", \"licenses\": [{\"license\": {\"name\": ").append(string(license));
                if (isUrl(url)) {
                    json.append(", \"url\": ").append(string(url));
                }
                json.append("}}]");
            }
            json.append(", \"properties\": [{\"name\": \"kabinet:path\", \"value\": ").append(string(c.path())).append("}]}");
            json.append(i + 1 < components.size() ? ",\n" : "\n");
        }
        json.append("  ]\n}\n");
        return json.toString();
    }

    private static boolean isUrl(String value) {
        try {
            return !value.isEmpty() && URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether an earlier component has the same reference (the same jar in two places). */
    private static boolean refTaken(List<Component> components, int index, String ref) {
        for (int i = 0; i < index; i++) {
            Component c = components.get(i);
            String other = !c.group().isEmpty() && !c.version().isEmpty() ? c.purl() : "file:" + c.path();
            if (other.equals(ref)) {
                return true;
            }
        }
        return false;
    }

    static String string(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : value.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
