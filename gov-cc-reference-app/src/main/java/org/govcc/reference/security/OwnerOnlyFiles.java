package org.govcc.reference.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/** Files of secrets the line generates (passwords, realm digests): owner-only (rw-------), written whole. */
public final class OwnerOnlyFiles {

    private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());

    private OwnerOnlyFiles() {
    }

    /**
     * Writes {@code text} to a new owner-only file beside {@code file}, then moves it over {@code file}: a reader
     * (the realm, the line at its next start) never sees it half written, nor readable by others.
     *
     * @throws UncheckedIOException if it cannot be written
     */
    public static void write(Path file, String text) {
        Path target = file.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".new");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("cannot restrict permissions of " + target + " on this file system");
            }
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
