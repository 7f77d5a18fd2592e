package org.essor.testing.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.MediaType;

import org.essor.testing.contracts.ContractFiles;

/**
 * Who may call what, read from a service's resources: every operation of every {@code @Path} class of its {@code api}
 * package, with its rule. An operation without an explicit rule ({@code @RolesAllowed} or {@code @PermitAll}, on the
 * method or its class) is an error, so that a new endpoint cannot ship open by omission. The matrix is committed as
 * {@code contracts/roles/<service>.md}, which the build compares with the resources as it does the OpenAPI document
 * (rewritten with {@code -Dessor.contracts.update=true}).
 */
public final class RoleMatrix {

    /** The roles of the realm, in the matrix's column order. */
    public static final List<String> ROLES = List.of("admin", "registry-officer", "programme-officer", "finance-officer",
            "events-officer", "evaluator", "partner", "enterprise");
    private static final List<Class<? extends Annotation>> METHODS = List.of(GET.class, POST.class, PUT.class, PATCH.class,
            DELETE.class);

    private RoleMatrix() {
    }

    /** The operations of the resources compiled into {@code target/classes/<package>}, sorted by path then method. */
    public static List<Endpoint> ofPackage(String packageName, ClassLoader loader) {
        Path directory = Paths.get("target", "classes").resolve(packageName.replace('.', '/'));
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                String name = packageName + "." + file.getFileName().toString().replace(".class", "");
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    resources.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The resources of " + packageName + " could not be listed in " + directory, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return of(resources);
    }

    public static List<Endpoint> of(List<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> withoutRule = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getMethods()) {
                String verb = verbOf(method);
                if (verb == null) {
                    continue;
                }
                String path = join(resource.getAnnotation(jakarta.ws.rs.Path.class).value(),
                        method.isAnnotationPresent(jakarta.ws.rs.Path.class) ? method.getAnnotation(jakarta.ws.rs.Path.class).value() : "");
                AnnotatedElement ruled = hasRule(method) ? method : hasRule(resource) ? resource : null;
                if (ruled == null) {
                    withoutRule.add(verb + " " + path + " (" + resource.getSimpleName() + "." + method.getName() + ")");
                    continue;
                }
                boolean isPublic = ruled.isAnnotationPresent(PermitAll.class);
                Set<String> roles = isPublic ? Set.of() : new LinkedHashSet<>(Arrays.asList(ruled.getAnnotation(RolesAllowed.class).value()));
                endpoints.add(new Endpoint(verb, path, isPublic, roles, consumes(method, resource, verb)));
            }
        }
        if (!withoutRule.isEmpty()) {
            throw new AssertionError("Endpoints without an access rule (@RolesAllowed or @PermitAll): " + withoutRule);
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** The matrix as a Markdown table: what each role and an anonymous caller get before the endpoint runs. */
    public static String render(String service, List<Endpoint> endpoints) {
        StringBuilder table = new StringBuilder("# Who may call the " + service + " API\n\n")
                .append("Generated from the resources' rules by the service's `RoleMatrixTest`, which also calls every endpoint ")
                .append("with a real token of each role and without one. `✓` runs the endpoint (its own answer follows: the ")
                .append("enterprise role sees only its own enterprise's records, other ones answer 404); `401` without a ")
                .append("valid token; `403` for a role that may not call it.\n\n| Endpoint | no token |");
        ROLES.forEach(role -> table.append(' ').append(role).append(" |"));
        table.append("\n| --- | --- |");
        ROLES.forEach(role -> table.append(" --- |"));
        table.append('\n');
        for (Endpoint endpoint : endpoints) {
            table.append("| `").append(endpoint.name()).append("` | ").append(endpoint.isPublic() ? "✓" : "401").append(" |");
            ROLES.forEach(role -> table.append(' ').append(endpoint.allows(role) ? "✓" : "403").append(" |"));
            table.append('\n');
        }
        return table.toString();
    }

    /** Fails when {@code contracts/roles/<service>.md} is not the matrix of the resources (or writes it, on request). */
    public static void checkCommitted(String service, String rendered) {
        Path file = ContractFiles.directory().resolve("roles").resolve(service + ".md");
        try {
            if (Boolean.getBoolean("essor.contracts.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, rendered);
                return;
            }
            if (!Files.isRegularFile(file) || !Files.readString(file).equals(rendered)) {
                throw new AssertionError("The role matrix of " + service + " differs from " + file + " (an endpoint or a rule "
                        + "changed). If intended, run the tests with -Dessor.contracts.update=true and commit the file.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hasRule(AnnotatedElement element) {
        return element.isAnnotationPresent(RolesAllowed.class) || element.isAnnotationPresent(PermitAll.class);
    }

    private static String verbOf(Method method) {
        return METHODS.stream().filter(method::isAnnotationPresent).findFirst().map(Class::getSimpleName).orElse(null);
    }

    private static String consumes(Method method, Class<?> resource, String verb) {
        if (verb.equals("GET") || verb.equals("DELETE")) {
            return null;
        }
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class) : resource.getAnnotation(Consumes.class);
        return consumes == null || consumes.value().length == 0 ? MediaType.APPLICATION_JSON : consumes.value()[0].split(",")[0].trim();
    }

    private static String join(String base, String sub) {
        String path = "/" + base.replaceAll("^/+|/+$", "") + (sub.isBlank() ? "" : "/" + sub.replaceAll("^/+|/+$", ""));
        return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
