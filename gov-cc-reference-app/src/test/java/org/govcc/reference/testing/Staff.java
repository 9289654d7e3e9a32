package org.govcc.reference.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

/**
 * A demonstration identity of a test server's embedded realm, with the password the WAR generated at its first
 * start into the server's data directory; signs HTTP requests in with Basic.
 *
 * @param user the user name
 * @param password the generated password
 */
public record Staff(String user, String password) {

    /** The demonstration supervisor. */
    public static final String SUPERVISOR = "supervisor01";

    /** The demonstration administrator. */
    public static final String ADMINISTRATOR = "admin01";

    /** Returns {@code user} of the server whose data directory is {@code dataDir}. */
    public static Staff in(Path dataDir, String user) {
        Path file = dataDir.resolve("govcc-staff-passwords.properties");
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            passwords.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no generated sign-in passwords at " + file, e);
        }
        String password = passwords.getProperty(user);
        if (password == null) {
            throw new IllegalArgumentException("no user " + user + " in " + file);
        }
        return new Staff(user, password);
    }

    /** Returns the value of an {@code Authorization} header that signs in as this user. */
    public String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
