package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the optional {@code trunk.json} into a {@link TrunkConfig}. The password file must exist, be readable and
 * lie outside the configuration directory (which is meant to be reviewed and kept in version control); its
 * content is not read here. Not thread-safe.
 */
final class TrunkReader {

    private TrunkReader() {
    }

    static Optional<TrunkConfig> read(JsonFile file, ConfigurationSource source) {
        JsonNode root = file.root();
        Optional<TrunkConfig.Credentials> credentials = Optional.empty();
        boolean ok = true;
        if (root.has("credentials")) {
            JsonNode c = root.get("credentials");
            Path password = Path.of(c.get("passwordFile").asText());
            String at = "/credentials/passwordFile";
            if (!password.isAbsolute()) {
                file.problem(at, "the password file must be an absolute path (outside the configuration directory), "
                        + "but was '" + password + "'");
                ok = false;
            } else {
                password = password.normalize();
                Optional<Path> dir = source.directory();
                if (dir.isPresent() && password.startsWith(dir.get())) {
                    file.problem(at, "the password file " + password + " is inside the configuration directory; "
                            + "keep secrets out of it (e.g. an owner-only file under /etc or the server's data directory)");
                    ok = false;
                } else if (!Files.isRegularFile(password) || !Files.isReadable(password)) {
                    file.problem(at, "the password file " + password + " does not exist or cannot be read");
                    ok = false;
                }
            }
            credentials = Optional.of(new TrunkConfig.Credentials(c.get("username").asText(), password));
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new TrunkConfig(root.get("host").asText(), root.path("port").asInt(TrunkConfig.DEFAULT_PORT),
                TrunkConfig.Transport.valueOf(root.get("transport").asText().toUpperCase(Locale.ROOT)), credentials,
                root.get("numberFormat").get("nationalPrefix").asText()));
    }
}
