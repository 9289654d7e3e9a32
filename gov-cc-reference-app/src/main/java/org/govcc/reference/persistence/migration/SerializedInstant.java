package org.govcc.reference.persistence.migration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the bytes that EclipseLink 4.0.9 wrote for an {@link Instant} before schema version 3: Java serialization,
 * whose stream holds one {@code java.time.Ser}. The filter admits that class alone (and a small stream), so a crafted
 * blob in the database cannot make the migration build any other object.
 */
final class SerializedInstant {

    /**
     * {@code java.time.Ser} and nothing else, in a stream of one object (a serialized Instant is 50 bytes). The JDK
     * also asks the filter about what {@code Ser.readResolve} returns, so Instant is allowed too: it is never
     * deserialized itself (its {@code readObject} refuses), only made by {@code Ser}.
     */
    private static final ObjectInputFilter ONLY_INSTANT = ObjectInputFilter.Config.createFilter(
            "maxdepth=1;maxrefs=4;maxbytes=256;maxarray=0;java.time.Ser;java.time.Instant;!*");

    private SerializedInstant() {
    }

    /**
     * The instant in {@code bytes}, or empty with the reason when they are not exactly one serialized Instant.
     */
    static Decoded decode(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            in.setObjectInputFilter(ONLY_INSTANT);
            Object value = in.readObject();
            if (!(value instanceof Instant instant)) {
                return Decoded.failed("it holds a " + (value == null ? "null" : value.getClass().getName()));
            }
            if (in.read() != -1) {
                return Decoded.failed("bytes follow the Instant");
            }
            return new Decoded(Optional.of(instant), "");
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Decoded.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** An instant, or why there is none. */
    record Decoded(Optional<Instant> instant, String problem) {

        static Decoded failed(String problem) {
            return new Decoded(Optional.empty(), problem);
        }
    }
}
