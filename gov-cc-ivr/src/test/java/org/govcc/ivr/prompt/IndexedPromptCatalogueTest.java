package org.govcc.ivr.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.govcc.api.call.Language;
import org.govcc.api.control.Announcement;
import org.govcc.api.control.PromptId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedPromptCatalogueTest {

    private static final String INDEX = "{\"languages\":{\"el\":{\"hello\":\"el/hello.wav\",\"num.1\":\"el/num.1.wav\","
            + "\"word.minute\":\"el/word.minute.wav\"},\"en\":{\"hello\":\"en/hello.wav\"}}}";

    private static void put(JarOutputStream jar, String name, String content) throws Exception {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    @Test
    void loadsFromAJarOnTheClasspathWithPathsRelativeToTheIndex(@TempDir Path dir) throws Exception {
        Path jarFile = dir.resolve("prompts.jar");
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            put(jar, "prompts/catalogue.json", INDEX);
            put(jar, "prompts/el/hello.wav", "RIFF-el");
            put(jar, "prompts/el/num.1.wav", "RIFF-1");
            put(jar, "prompts/el/word.minute.wav", "RIFF-min");
            put(jar, "prompts/en/hello.wav", "RIFF-en");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarFile.toUri().toURL()}, null)) {
            IndexedPromptCatalogue c = IndexedPromptCatalogue.fromClasspath("/prompts/catalogue.json", loader);

            assertThat(c.languages()).containsExactlyInAnyOrder(Language.GREEK, Language.ENGLISH);
            try (InputStream in = c.audio(Language.ENGLISH, new PromptId("hello")).orElseThrow().openStream()) {
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("RIFF-en");
            }
            assertThat(c.audioFor(Language.GREEK, new Announcement.SpokenDuration(Duration.ofSeconds(30))))
                    .extracting(URL::getPath).allMatch(p -> p.endsWith(".wav")).hasSize(2);
            assertThat(c.contains(Language.ENGLISH, new PromptId("num.1"))).isFalse();
        }
    }

    @Test
    void aMissingAudioFileIsNamedAtLoad(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("catalogue.json"), INDEX);
        Files.createDirectories(dir.resolve("el"));
        Files.writeString(dir.resolve("el/hello.wav"), "x");

        assertThatThrownBy(() -> IndexedPromptCatalogue.fromDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("el/num.1").hasMessageContaining("en/hello");
    }

    @Test
    void aMalformedIndexIsReportedWithItsPosition(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("catalogue.json"), "{\n \"languages\": {\n  \"el\": [,]\n}}");

        assertThatThrownBy(() -> IndexedPromptCatalogue.fromDirectory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(":3:").hasMessageContaining("malformed JSON");
    }
}
