package org.govcc.reference.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.govcc.reference.security.keys.CredentialStoreKeySource;
import org.govcc.reference.security.keys.SecretKeys;

/**
 * The audit chain's verifier on the command line ({@code scripts/audit-verify.sh} runs it with the WAR's classes,
 * the JDBC driver and the Elytron jars of the WildFly installation):
 * <pre>
 *   AuditVerifierTool --url JDBC-URL --keys CREDENTIAL-STORE-FILE [--user USER] [--password-file FILE]
 * </pre>
 * It reads the audit-chain keys from the credential store's file (never changing it), walks the chain over JDBC,
 * prints what it found and exits 0 if the chain is intact, 1 if it is broken (the first broken entry's number, what
 * is wrong, on standard output), 2 if it could not verify (a bad argument, no database, no key). The database
 * password comes from an owner-only file or {@code GOVCC_DB_PASSWORD}, never from the command line.
 */
public final class AuditVerifierTool {

    /** Exit status: the chain is intact. */
    static final int INTACT = 0;
    /** Exit status: the chain is broken. */
    static final int BROKEN = 1;
    /** Exit status: the chain could not be verified. */
    static final int FAILED = 2;

    private AuditVerifierTool() {
    }

    /** Runs the tool; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv("GOVCC_DB_PASSWORD"), System.out, System.err));
    }

    /** Runs the tool with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(List<String> args, String passwordFromEnvironment, PrintStream out, PrintStream err) {
        String url = null;
        String user = null;
        Path passwordFile = null;
        Path keys = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (i + 1 >= args.size()) {
                return usage(err, option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--url" -> url = value;
                case "--user" -> user = value;
                case "--password-file" -> passwordFile = Path.of(value);
                case "--keys" -> keys = Path.of(value);
                default -> {
                    return usage(err, "unknown option " + option);
                }
            }
        }
        if (url == null || !url.startsWith("jdbc:")) {
            return usage(err, "--url must be a JDBC URL");
        }
        if (keys == null) {
            return usage(err, "--keys must name the credential store file (" + CredentialStoreKeySource.DEFAULT_FILE
                    + " under the server's base directory)");
        }
        Properties login = new Properties();
        if (user != null) {
            login.setProperty("user", user);
        }
        try {
            String password = passwordFile != null ? password(passwordFile) : passwordFromEnvironment;
            if (password != null) {
                login.setProperty("password", password);
            }
            SecretKeys secretKeys = SecretKeys.from(CredentialStoreKeySource.file(keys));
            AuditVerification found;
            try (Connection c = DriverManager.getConnection(url, login)) {
                c.setReadOnly(true);
                found = AuditVerifier.verify(c, secretKeys);
            }
            out.println(found.summary());
            found.firstBroken().ifPresent(b -> out.println("first broken entry: " + b.sequence() + " "
                    + b.breakage()));
            return found.intact() ? INTACT : BROKEN;
        } catch (SQLException e) {
            err.println("audit-verify: cannot reach the database: " + e.getMessage());
            return FAILED;
        } catch (IllegalStateException | IOException e) { // MissingKeyException too
            err.println("audit-verify: " + e.getMessage());
            return FAILED;
        }
    }

    /** The first line of an owner-only file. */
    private static String password(Path file) throws IOException {
        String mode = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        if (!mode.substring(3).equals("------")) {
            throw new IOException("--password-file " + file + " is readable by others (" + mode + "): chmod 600 it");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
            throw new IOException("--password-file " + file + " is empty");
        }
        return lines.get(0);
    }

    private static int usage(PrintStream err, String problem) {
        err.println("audit-verify: " + problem);
        err.println("usage: AuditVerifierTool --url JDBC-URL --keys CREDENTIAL-STORE-FILE [--user USER]"
                + " [--password-file FILE]");
        return FAILED;
    }
}
