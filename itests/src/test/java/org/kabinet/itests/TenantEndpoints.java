package org.kabinet.itests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tenant endpoints of the sources, found the way the access filter finds them: each JAX-RS
 * resource method (an HTTP method annotation) whose own declaration or whose class says
 * {@code @TenantAccess} (a method's {@code @PublicAccess}/{@code @StaffAccess} overrides the class's),
 * as {@code "METHOD path"} below {@code /api/v1}, a template's regular expression left out
 * ({@code {view: a|b}} is {@code {view}}).
 */
final class TenantEndpoints {
    private static final Pattern CLASS = Pattern.compile("\\b(class|interface|record)\\s+\\w+");
    private static final Pattern PATH = Pattern.compile("@Path\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern HTTP_METHOD = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH|HEAD)\\b");
    private static final Pattern TEMPLATE = Pattern.compile("\\{\\s*(\\w+)\\s*:[^}]*}");

    private TenantEndpoints() {
    }

    static Set<String> inSources(Path bundles) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/java/")).toList()) {
                found.addAll(inSource(Files.readString(file)));
            }
        }
        return found;
    }

    static Set<String> inSource(String source) {
        String code = source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
        Set<String> found = new TreeSet<>();
        Matcher type = CLASS.matcher(code);
        if (!type.find()) {
            return found;
        }
        String head = code.substring(0, type.start());
        Matcher classPath = PATH.matcher(head);
        if (!classPath.find() || !code.contains("@JaxrsResource") && !head.contains("@Path")) {
            return found;
        }
        boolean classTenant = head.contains("@TenantAccess");
        String body = code.substring(type.end());
        Matcher method = HTTP_METHOD.matcher(body);
        int previousEnd = 0;
        while (method.find()) {
            // the method's annotations: from the end of the previous member to the method's signature
            int start = Math.max(Math.max(body.lastIndexOf(";", method.start()), body.lastIndexOf("\n    }", method.start())), previousEnd);
            int signature = body.indexOf("public ", method.end());
            if (signature < 0) {
                break;
            }
            String annotations = body.substring(start, signature);
            previousEnd = signature;
            boolean tenant = annotations.contains("@TenantAccess")
                    || classTenant && !annotations.contains("@PublicAccess") && !annotations.contains("@StaffAccess");
            if (!tenant) {
                continue;
            }
            Matcher own = PATH.matcher(annotations);
            String path = join(classPath.group(1), own.find() ? own.group(1) : "");
            found.add(method.group(1) + " " + TEMPLATE.matcher(path).replaceAll("{$1}"));
        }
        return found;
    }

    private static String join(String base, String sub) {
        String b = base.replaceAll("^/+|/+$", "");
        String s = sub.replaceAll("^/+|/+$", "");
        return s.isEmpty() ? b : b + "/" + s;
    }
}
