package org.govcc.sip.registrar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import org.govcc.api.agent.AgentId;
import org.govcc.api.internal.Require;

/**
 * Keeps bindings in a text file, one per line ({@code agent TAB username TAB contact TAB expiry-epoch-seconds}),
 * replaced as a whole through a temporary file and an atomic move, so that a crash leaves the old or the new
 * content, never half of one. The file is readable by its owner only: contacts are where the agents' phones are.
 *
 * <p>A line that cannot be read is skipped with a warning naming it (a phone whose binding is lost registers again
 * when its registration is due); a file that cannot be written raises {@link UncheckedIOException}.
 *
 * @since 0.1
 */
public final class FileBindingStore implements BindingStore {

    private static final Logger LOG = Logger.getLogger(FileBindingStore.class.getName());

    private final Path file;

    /** Creates a store in {@code file} (created on the first save). */
    public FileBindingStore(Path file) {
        this.file = Require.nonNull(file, "file").toAbsolutePath();
    }

    @Override
    public List<Registrar.Binding> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("cannot read the agents' registrations from " + file + ": " + e);
            return List.of();
        }
        List<Registrar.Binding> bindings = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                Require.that(f.length == 4, "expected 4 tab-separated fields, found " + f.length);
                bindings.add(new Registrar.Binding(new AgentId(f[0]), Require.nonBlank(f[1], "username"),
                        Require.nonBlank(f[2], "contact"), Instant.ofEpochSecond(Long.parseLong(f[3]))));
            } catch (RuntimeException e) {
                LOG.warning(file + ":" + (i + 1) + ": registration skipped: " + e.getMessage());
            }
        }
        return bindings;
    }

    @Override
    public void save(Collection<Registrar.Binding> bindings) {
        StringBuilder text = new StringBuilder("# gov-cc agents' phone registrations; rewritten by the line\n");
        for (Registrar.Binding b : bindings) {
            Require.that(clean(b.username()) && clean(b.contact()), "a binding with a tab or line break: " + b.agent());
            text.append(b.agent().value()).append('\t').append(b.username()).append('\t').append(b.contact())
                    .append('\t').append(b.expiresAt().getEpochSecond()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try {
                ownerOnly(temp);
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the agents' registrations to " + file, e);
        }
    }

    /** Returns the file. */
    public Path file() {
        return file;
    }

    private static boolean clean(String s) {
        return s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warning("cannot restrict the permissions of " + path + " on this file system");
        }
    }
}
