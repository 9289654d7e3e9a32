package org.govcc.reference.line;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.govcc.reference.config.TrunkConfig;
import org.govcc.sip.TrunkSettings;
import org.govcc.sip.container.SipTransport;

/** Turns the configured trunk into the SIP application's, reading its password from its own file. */
final class Trunks {

    private static final Logger LOG = Logger.getLogger(Trunks.class.getName());

    private Trunks() {
    }

    /**
     * Returns the SIP settings of {@code config}'s trunk.
     *
     * @throws IllegalArgumentException if its password file is empty or others may read it (the message names it)
     * @throws UncheckedIOException if the password file cannot be read
     */
    static TrunkSettings of(TrunkConfig config) {
        TrunkSettings trunk = new TrunkSettings(config.host(), config.port(),
                config.transport() == TrunkConfig.Transport.TCP ? SipTransport.TCP : SipTransport.UDP,
                Optional.empty(), config.nationalPrefix().isEmpty() ? TrunkSettings.NumberFormat.AS_DIALLED
                        : TrunkSettings.NumberFormat.withNationalPrefix(config.nationalPrefix()));
        if (config.credentials().isEmpty()) {
            return trunk;
        }
        TrunkConfig.Credentials credentials = config.credentials().get();
        return trunk.withCredentials(credentials.username(), password(credentials));
    }

    private static String password(TrunkConfig.Credentials credentials) {
        try {
            try {
                Set<PosixFilePermission> mode = Files.getPosixFilePermissions(credentials.passwordFile());
                if (mode.contains(PosixFilePermission.GROUP_READ) || mode.contains(PosixFilePermission.OTHERS_READ)) {
                    throw new IllegalArgumentException("trunk.json: /credentials/passwordFile: "
                            + credentials.passwordFile() + " may be read by others; make it owner-only (chmod 600)");
                }
            } catch (UnsupportedOperationException notPosix) {
                LOG.warning("cannot check who may read " + credentials.passwordFile() + " on this file system");
            }
            String password = Files.readString(credentials.passwordFile(), StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) {
                throw new IllegalArgumentException("trunk.json: /credentials/passwordFile: "
                        + credentials.passwordFile() + " is empty");
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trunk's password from " + credentials.passwordFile(), e);
        }
    }
}
