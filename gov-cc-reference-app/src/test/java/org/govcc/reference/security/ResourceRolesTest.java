package org.govcc.reference.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every REST resource method of the WAR declares who may call it (AccessFilter refuses one that does not). */
class ResourceRolesTest {

    @Test
    void everyResourceMethodDeclaresItsRoles() throws Exception {
        List<Class<?>> resources = resources();
        assertThat(resources).as("REST resources found").hasSizeGreaterThanOrEqualTo(4);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                boolean endpoint = Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class))
                        || method.isAnnotationPresent(Path.class);
                if (endpoint && !declares(method) && !declares(resource)) {
                    undeclared.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }

    @Test
    void everyDeclaredRoleIsOneOfTheLines() throws Exception {
        for (Class<?> resource : resources()) {
            List<RolesAllowed> declared = new ArrayList<>();
            if (resource.getAnnotation(RolesAllowed.class) != null) {
                declared.add(resource.getAnnotation(RolesAllowed.class));
            }
            for (Method m : resource.getDeclaredMethods()) {
                if (m.getAnnotation(RolesAllowed.class) != null) {
                    declared.add(m.getAnnotation(RolesAllowed.class));
                }
            }
            declared.forEach(r -> assertThat(Roles.ALL).as(resource.getSimpleName()).containsAll(List.of(r.value())));
        }
    }

    @Test
    void theAuditTrailIsForAdministratorsOnly() {
        RolesAllowed roles = org.govcc.reference.rest.audit.AuditResource.class.getAnnotation(RolesAllowed.class);

        assertThat(roles.value()).containsExactly(Roles.ADMINISTRATOR);
        assertThat(Arrays.stream(org.govcc.reference.rest.audit.AuditResource.class.getDeclaredMethods())
                .filter(m -> declares(m))).as("no method widens the class's roles").isEmpty();
    }

    private static boolean declares(java.lang.reflect.AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class) || e.isAnnotationPresent(PermitAll.class)
                || e.isAnnotationPresent(DenyAll.class);
    }

    /** The classes annotated with {@code @Path} under org.govcc.reference, found in the compiled classes. */
    private static List<Class<?>> resources() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path root = Paths.get(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(root.resolve("org/govcc/reference"))) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = root.relativize(f).toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName(name.replace('/', '.').replace(".class", ""), false,
                            ResourceRolesTest.class.getClassLoader());
                    if (c.isAnnotationPresent(Path.class)) {
                        found.add(c);
                    }
                }
            }
        }
        return found;
    }
}
