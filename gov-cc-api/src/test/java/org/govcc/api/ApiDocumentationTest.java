package org.govcc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every exported declaration of the API carries a Javadoc comment.
 *
 * <p>javac's doclint checks that comments are well-formed but, on Java 17, cannot require a comment without
 * also requiring {@code @param}/{@code @return} on every member, which would bury the one-line summaries the
 * house style asks for. This test checks presence instead, on the source text.
 */
class ApiDocumentationTest {

    private static final Path SOURCES = Path.of("src/main/java/org/govcc/api");
    /** Public or protected declarations, nested record components excluded (they are documented by @param). */
    private static final Pattern PUBLIC = Pattern.compile("^\\s*(public|protected)\\s.*");
    /** Interface members: abstract, default and static methods, and nested types, at one indent level. */
    private static final Pattern INTERFACE_MEMBER =
            Pattern.compile("^    (default |static |record |enum |sealed |interface |[A-Za-z<][\\w<>, ?.]*\\s+\\w+\\(.*\\);).*");
    /** Enum constants at one or two indent levels. */
    private static final Pattern ENUM_CONSTANT = Pattern.compile("^\\s{4,8}[A-Z][A-Z0-9_]*(\\(.*\\))?[,;]$");

    @Test
    void everyExportedDeclarationHasAJavadocComment() throws IOException {
        List<String> undocumented = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                if (file.toString().contains("/internal/")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                boolean isInterface = lines.stream().anyMatch(l -> l.matches("^public (sealed )?interface .*"));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    boolean declaration = PUBLIC.matcher(line).matches()
                            || (isInterface && INTERFACE_MEMBER.matcher(line).matches())
                            || ENUM_CONSTANT.matcher(line).matches();
                    if (declaration && !line.contains("@Override") && !documented(lines, i)) {
                        undocumented.add(SOURCES.relativize(file) + ":" + (i + 1) + ": " + line.trim());
                    }
                }
            }
        }
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyPackageHasAPackageComment() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            dirs.filter(Files::isDirectory)
                    .filter(d -> {
                        try (Stream<Path> s = Files.list(d)) {
                            return s.anyMatch(f -> f.toString().endsWith(".java"));
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .forEach(d -> assertThat(d.resolve("package-info.java")).as(d.toString()).exists());
        }
    }

    private static boolean documented(List<String> lines, int declaration) {
        int i = declaration - 1;
        while (i >= 0 && (lines.get(i).trim().startsWith("@") || lines.get(i).trim().isEmpty())) {
            if (lines.get(i).trim().startsWith("@Override")) {
                return true;
            }
            if (lines.get(i).trim().isEmpty()) {
                return false;
            }
            i--;
        }
        return i >= 0 && lines.get(i).trim().endsWith("*/");
    }
}
