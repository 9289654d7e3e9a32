package org.govcc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.govcc.api.call.Language;
import org.junit.jupiter.api.Test;

/**
 * Walks every public record of the API and checks the house rule that values are validated on construction:
 * a null component is refused with a message, never stored.
 */
class RecordContractsTest {

    /** Strings that satisfy the various string formats of the API (ids, numbers, codes, check digits). */
    private static final List<String> STRING_CANDIDATES =
            List.of("abc", "2101234567", "el", "79927398713", "090000045", "55", "c2VhbGVkLW51bWJlcg==");

    @Test
    void everyPublicRecordRefusesNullComponentsWithAMessage() throws Exception {
        List<Class<?>> records = apiRecords();
        assertThat(records).hasSizeGreaterThan(40);
        for (Class<?> type : records) {
            RecordComponent[] components = type.getRecordComponents();
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            Object[] valid = validArguments(type, components, canonical);
            for (int i = 0; i < components.length; i++) {
                if (components[i].getType().isPrimitive()) {
                    continue;
                }
                Object[] withNull = valid.clone();
                withNull[i] = null;
                try {
                    canonical.newInstance(withNull);
                    fail(type.getName() + " accepted null " + components[i].getName());
                } catch (InvocationTargetException e) {
                    assertThat(e.getCause())
                            .as(type.getName() + "." + components[i].getName())
                            .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
                    assertThat(e.getCause().getMessage()).as(type.getName() + "." + components[i].getName())
                            .isNotBlank();
                }
            }
        }
    }

    private static Object[] validArguments(Class<?> type, RecordComponent[] components, Constructor<?> canonical)
            throws ReflectiveOperationException {
        if (components.length == 1 && components[0].getType() == String.class) {
            for (String candidate : STRING_CANDIDATES) {
                try {
                    canonical.newInstance(candidate);
                    return new Object[] {candidate};
                } catch (InvocationTargetException e) {
                    // try the next format
                }
            }
            throw new AssertionError(type.getName() + " accepts none of " + STRING_CANDIDATES);
        }
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            args[i] = sample(components[i]);
        }
        try {
            canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(type.getName() + " rejects the sample values: " + e.getCause(), e.getCause());
        }
        return args;
    }

    private static Object sample(RecordComponent component) throws ReflectiveOperationException {
        Class<?> type = component.getType();
        if (type == String.class) {
            return "abc";
        } else if (type == int.class) {
            return 1;
        } else if (type == long.class) {
            return 1L;
        } else if (type == boolean.class) {
            return true;
        } else if (type == char.class) {
            return '1';
        } else if (type == Instant.class) {
            // A window's end comes after its start.
            return component.getName().equals("until") ? Instant.EPOCH.plusSeconds(3600) : Instant.EPOCH;
        } else if (type == Duration.class) {
            return Duration.ofSeconds(1);
        } else if (type == ZonedDateTime.class) {
            return ZonedDateTime.parse("2026-11-28T08:00+02:00[Europe/Athens]");
        } else if (type == Optional.class) {
            return Optional.empty();
        } else if (type == List.class) {
            return List.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == Map.class) {
            // The only map that must not be empty is a topic's names per language.
            return component.getName().equals("names") ? Map.of(Language.GREEK, "Ασφάλιση") : Map.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        } else if (type.isRecord()) {
            RecordComponent[] inner = type.getRecordComponents();
            Constructor<?> canonical = type.getDeclaredConstructor(
                    Stream.of(inner).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(validArguments(type, inner, canonical));
        } else if (type.isInterface() && type.isSealed()) {
            for (Class<?> sub : type.getPermittedSubclasses()) {
                if (sub.isRecord() || sub.isEnum()) {
                    return sub.isEnum() ? sub.getEnumConstants()[0] : sampleRecord(sub);
                }
            }
        }
        throw new AssertionError("no sample for " + type.getName() + " (" + component + ")");
    }

    private static Object sampleRecord(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] inner = type.getRecordComponents();
        Constructor<?> canonical = type.getDeclaredConstructor(
                Stream.of(inner).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(validArguments(type, inner, canonical));
    }

    private static List<Class<?>> apiRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(Language.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, RecordContractsTest.class.getClassLoader());
                if (type.isRecord() && Modifier.isPublic(type.getModifiers())) {
                    records.add(type);
                }
            }
        }
        return records;
    }
}
