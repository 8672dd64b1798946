package org.kabinet.apidocs;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.ws.rs.Path;
import org.kabinet.rest.api.AccessRule;
import org.kabinet.rest.api.Answers;
import org.kabinet.rest.api.ApiError;
import org.kabinet.rest.api.KabinetApi;
import org.kabinet.rest.api.Sunset;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Builds the OpenAPI 3.0 document of {@code /api/v1} from the resources themselves: every class of the modules on the
 * class path that is a whiteboard resource ({@code @JaxrsResource} with {@code @Path}) is read by swagger-jaxrs2's
 * reader (paths, parameters, bodies and their schemas, from the JAX-RS annotations and the body types). The portal's
 * own rules are added from its annotations: who may call an operation ({@code @TenantAccess}, {@code @StaffAccess},
 * {@code @PublicAccess} → the security schemes), and the errors every operation can answer (the one
 * {@link ApiError} body). The order of everything is sorted, so the same resources give the same bytes.
 */
final class OpenApiGenerator {
    static final String TENANT = "tenantBearer";
    static final String STAFF_BEARER = "staffBearer";
    static final String STAFF_BASIC = "staffBasic";
    static final String READING_TOKEN = "readingToken";
    private static final String ERROR = "#/components/schemas/ApiError";

    private OpenApiGenerator() {
    }

    /** The resource classes: whiteboard resources of the Kabinet modules, by name. */
    static List<Class<?>> resources() {
        try (ScanResult scan = new ClassGraph().enableAnnotationInfo().acceptPackages("org.kabinet").scan()) {
            return scan.getClassesWithAnnotation(JaxrsResource.class.getName()).filter(c -> c.hasAnnotation(Path.class.getName()))
                    .loadClasses().stream().sorted(Comparator.comparing(Class::getName)).toList();
        }
    }

    static OpenAPI generate() {
        ModelConverters.getInstance().addConverter(new ModelResolver(Json.mapper(), new BodyNames()));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Kabinet API").version("1")
                        .description(Texts.INFO)
                        .license(new License().name("Apache-2.0")))
                .servers(List.of(new Server().url(KabinetApi.BASE).description("Этот портал / this portal")))
                .components(new Components().securitySchemes(schemes()));
        Map<String, PathItem> paths = new TreeMap<>();
        Map<String, Schema> schemas = new TreeMap<>();
        Set<String> operationIds = new HashSet<>();
        List<Tag> tags = new ArrayList<>();
        for (Class<?> resource : resources()) {
            OpenAPI one = new Reader(new SwaggerConfiguration().openAPI(new OpenAPI()).readAllResources(true)).read(Set.of(resource));
            String tag = tag(resource);
            tags.add(new Tag().name(tag).description(Texts.tag(resource)));
            if (one.getComponents() != null && one.getComponents().getSchemas() != null) {
                merge(schemas, one.getComponents().getSchemas());
            }
            if (one.getPaths() == null) {
                continue;
            }
            one.getPaths().forEach((path, item) -> {
                for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
                    Operation operation = entry.getValue();
                    Method method = method(resource, operation.getOperationId());
                    operation.setTags(List.of(tag));
                    // the Authorization header a method reads itself is the security scheme's (OpenAPI forbids it as a parameter)
                    if (operation.getParameters() != null) {
                        operation.getParameters().removeIf(p -> "header".equals(p.getIn()) && "Authorization".equalsIgnoreCase(p.getName()));
                        if (operation.getParameters().isEmpty()) {
                            operation.setParameters(null);
                        }
                    }
                    operation.setOperationId(unique(operationIds, operation.getOperationId().replaceAll("_\\d+$", ""), tag));
                    access(operation, resource, method, schemas);
                    deprecation(operation, resource, method);
                    expanded(path, operation, resource, method, schemas).forEach((onePath, oneOperation) -> {
                        PathItem merged = paths.computeIfAbsent(onePath, p -> new PathItem());
                        if (merged.readOperationsMap().containsKey(entry.getKey())) {
                            throw new IllegalStateException(entry.getKey() + " " + onePath + " is answered twice");
                        }
                        merged.operation(entry.getKey(), oneOperation);
                    });
                }
            });
        }
        merge(schemas, ModelConverters.getInstance().readAll(ApiError.class));
        Texts.EXAMPLES.forEach((name, example) -> {
            if (!schemas.containsKey(name)) {
                throw new IllegalStateException("an example for " + name + ", which the document does not have");
            }
            schemas.get(name).setExample(example);
        });
        api.getComponents().setSchemas(new TreeMap<>(schemas));
        Paths sorted = new Paths();
        paths.forEach(sorted::addPathItem);
        api.setPaths(sorted);
        tags.sort(Comparator.comparing(Tag::getName));
        api.setTags(tags);
        return api;
    }

    /**
     * An operation whose path has a parameter that only takes listed words ({@code {view: balance|charges}}, so that one
     * JAX-RS root class answers several addresses) is, to a client, one operation per word: each gets its own path,
     * its operation id ({@code balance}), and the schema of the class's method of that name, when it has one.
     */
    private static Map<String, Operation> expanded(String path, Operation operation, Class<?> resource, Method method,
                                                   Map<String, Schema> schemas) {
        String template = resource.getAnnotation(Path.class).value() + "/"
                + (method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
        Matcher words = Pattern.compile("\\{(\\w+)\\s*:\\s*(\\w+(?:\\|\\w+)+)\\s*}").matcher(template);
        if (!words.find()) {
            return Map.of(path, operation);
        }
        String parameter = words.group(1);
        Map<String, Operation> operations = new TreeMap<>();
        for (String word : words.group(2).split("\\|")) {
            Operation one = Json.mapper().convertValue(operation, Operation.class);
            one.setOperationId(word);
            one.getParameters().removeIf(p -> "path".equals(p.getIn()) && parameter.equals(p.getName()));
            Arrays.stream(resource.getDeclaredMethods()).filter(m -> m.getName().equals(word)).findFirst().ifPresent(m -> {
                ApiResponse ok = new ApiResponse().description("OK")
                        .content(new Content().addMediaType("application/json", new MediaType().schema(schema(m.getGenericReturnType(), schemas))));
                ApiResponses responses = new ApiResponses();
                responses.addApiResponse("200", ok);
                one.getResponses().forEach((code, response) -> {
                    if (!code.equals("200")) {
                        responses.addApiResponse(code, response);
                    }
                });
                one.setResponses(responses);
            });
            operations.put(path.replace("{" + parameter + "}", word), one);
        }
        return operations;
    }

    private static Map<String, SecurityScheme> schemes() {
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(TENANT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(Texts.TENANT));
        schemes.put(STAFF_BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(Texts.STAFF_BEARER));
        schemes.put(STAFF_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic").description(Texts.STAFF_BASIC));
        schemes.put(READING_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").description(Texts.READING_TOKEN));
        return schemes;
    }

    /** A resource's tag: its class name without "Resource" (AdminBilling, MyMeters, Sessions…). */
    static String tag(Class<?> resource) {
        return resource.getSimpleName().replaceFirst("Resource$", "");
    }

    private static Method method(Class<?> resource, String operationId) {
        String name = operationId.replaceAll("_\\d+$", "");
        return Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(resource.getName() + " has no method " + name));
    }

    private static String unique(Set<String> taken, String id, String tag) {
        String candidate = id;
        if (!taken.add(candidate)) {
            candidate = Character.toLowerCase(tag.charAt(0)) + tag.substring(1) + Character.toUpperCase(id.charAt(0)) + id.substring(1);
            if (!taken.add(candidate)) {
                throw new IllegalStateException("two operations named " + candidate);
            }
        }
        return candidate;
    }

    /** Who may call it (security) and the errors its access rules answer. */
    private static void access(Operation operation, Class<?> resource, Method method, Map<String, Schema> schemas) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        // the reader calls what the method returns "default": it is the success, and "default" is for the errors
        ApiResponse returned = responses.remove("default");
        if (method.getReturnType() == void.class) {
            responses.addApiResponse("204", new ApiResponse().description(Texts.NO_CONTENT));
        } else if (method.getReturnType() == javax.ws.rs.core.Response.class) {
            Answers answers = method.getAnnotation(Answers.class);
            if (answers == null) {
                throw new IllegalStateException(resource.getName() + "." + method.getName()
                        + " builds its Response but does not say what it answers (@Answers)");
            }
            ApiResponse success = answer(answers, schemas);
            if (answers.list() && paged(method)) {
                success.addHeaderObject("X-Total-Count", new io.swagger.v3.oas.models.headers.Header()
                        .description(Texts.TOTAL).schema(new io.swagger.v3.oas.models.media.IntegerSchema()));
                success.addHeaderObject("Link", new io.swagger.v3.oas.models.headers.Header()
                        .description(Texts.LINK).schema(new StringSchema()));
            }
            responses.addApiResponse(String.valueOf(answers.value()), success);
        } else if (returned != null) {
            responses.addApiResponse("200", returned.description("OK"));
        }
        // the rule the access filter enforces, read the same way
        AccessRule rule = AccessRule.of(resource, method);
        switch (rule.kind()) {
            case PUBLIC -> operation.setSecurity(List.of());
            case STAFF -> {
                operation.setSecurity(List.of(new SecurityRequirement().addList(STAFF_BEARER), new SecurityRequirement().addList(STAFF_BASIC)));
                operation.addExtension("x-kabinet-staff-role", rule.role());
                responses.addApiResponse("401", error(Texts.E401));
                responses.addApiResponse("403", error(Texts.E403_STAFF));
            }
            case TENANT -> {
                List<SecurityRequirement> security = new ArrayList<>(List.of(new SecurityRequirement().addList(TENANT)));
                if (!rule.tokenScope().isEmpty()) {
                    security.add(new SecurityRequirement().addList(READING_TOKEN));
                    operation.addExtension("x-kabinet-token-scope", rule.tokenScope());
                }
                operation.setSecurity(security);
                responses.addApiResponse("401", error(Texts.E401));
                responses.addApiResponse("403", error(Texts.E403_TENANT));
            }
            default -> throw new IllegalStateException(resource.getName() + "." + method.getName() + " says nobody may call it");
        }
        if (rule.rateLimited()) {
            responses.addApiResponse("429", error(Texts.E429));
        }
        if (operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            responses.addApiResponse("422", error(Texts.E422));
        }
        if (operation.getRequestBody() != null) {
            responses.addApiResponse("400", error(Texts.E400));
        }
        responses.addApiResponse("default", error(Texts.DEFAULT));
        // the codes in order, "default" last
        ApiResponses ordered = new ApiResponses();
        responses.keySet().stream().sorted(Comparator.comparing(k -> k.equals("default") ? "999" : k))
                .forEach(k -> ordered.addApiResponse(k, responses.get(k)));
        operation.setResponses(ordered);
    }

    /** An operation marked {@link Sunset} (on its method or class) is {@code deprecated}, saying since when, until when
     * and what replaces it; the headers it answers with are described too. */
    static void deprecation(Operation operation, Class<?> resource, Method method) {
        Sunset sunset = method.isAnnotationPresent(Sunset.class) ? method.getAnnotation(Sunset.class) : resource.getAnnotation(Sunset.class);
        if (sunset == null) {
            return;
        }
        operation.setDeprecated(true);
        operation.addExtension("x-sunset", sunset.value());
        String note = Texts.deprecated(sunset.deprecated(), sunset.value(), sunset.link());
        operation.setDescription(operation.getDescription() == null ? note : operation.getDescription() + "\n\n" + note);
        for (ApiResponse response : operation.getResponses().values()) {
            for (String header : List.of("Deprecation", "Sunset", "Link")) {
                response.addHeaderObject(header, new io.swagger.v3.oas.models.headers.Header().schema(new StringSchema()));
            }
        }
    }

    /** The success answer an {@link Answers} declares: its status's words, and its body as JSON or as a file. */
    private static ApiResponse answer(Answers answers, Map<String, Schema> schemas) {
        ApiResponse response = new ApiResponse().description(Texts.status(answers.value()));
        boolean json = answers.type().equals("application/json");
        if (answers.body() != Void.class) {
            Schema<?> schema = schema(answers.body(), schemas);
            response.content(new Content().addMediaType(answers.type(),
                    new MediaType().schema(answers.list() ? new ArraySchema().items(schema) : schema)));
        } else if (!json) {
            response.content(new Content().addMediaType(answers.type(), new MediaType().schema(new StringSchema().format("binary"))));
        }
        return response;
    }

    /** A list that comes a page at a time: the method takes {@code ?page=} and {@code ?size=}. */
    static boolean paged(Method method) {
        List<String> query = Arrays.stream(method.getParameters()).map(p -> p.getAnnotation(javax.ws.rs.QueryParam.class))
                .filter(java.util.Objects::nonNull).map(javax.ws.rs.QueryParam::value).toList();
        return query.contains("page") && query.contains("size");
    }

    /** Adds schemas by name; two different types under one name would describe one of them wrongly, so that fails. */
    static void merge(Map<String, Schema> schemas, Map<String, Schema> more) {
        more.forEach((name, schema) -> {
            Schema<?> before = schemas.putIfAbsent(name, schema);
            if (before != null && !before.equals(schema)) {
                throw new IllegalStateException("two body types are named " + name + ": rename one (BodyNames prefixes a nested "
                        + "record with its outer class)");
            }
        });
    }

    /** A type's schema: a reference to it under components (added there with what it refers to), or inline. */
    static Schema<?> schema(java.lang.reflect.Type type, Map<String, Schema> schemas) {
        var resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(type));
        if (resolved.referencedSchemas != null) {
            merge(schemas, resolved.referencedSchemas);
        }
        String name = resolved.schema == null ? null : resolved.schema.getName();
        if (name != null && resolved.referencedSchemas != null && resolved.referencedSchemas.containsKey(name)) {
            return new Schema<>().$ref("#/components/schemas/" + name);
        }
        return resolved.schema == null ? new ObjectSchema() : resolved.schema;
    }

    private static ApiResponse error(String description) {
        return new ApiResponse().description(description)
                .content(new Content().addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(ERROR))));
    }

    /** Body types by their outer class and their own name (BillingBodies.AuditBody → BillingAuditBody), so that two
     * modules' AuditBody do not overwrite each other. */
    static final class BodyNames extends TypeNameResolver {
        @Override
        protected String getNameOfClass(Class<?> cls) {
            Class<?> outer = cls.getEnclosingClass();
            String name = super.getNameOfClass(cls);
            if (outer == null) {
                return name;
            }
            String prefix = outer.getSimpleName().replaceFirst("(Bodies|Resource)$", "");
            return name.startsWith(prefix) ? name : prefix + name;
        }
    }
}
