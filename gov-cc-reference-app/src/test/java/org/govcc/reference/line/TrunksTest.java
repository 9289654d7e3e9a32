package org.govcc.reference.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.govcc.reference.config.TrunkConfig;
import org.govcc.sip.TrunkSettings;
import org.govcc.sip.container.SipTransport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configured trunk as the SIP application gets it: transport, number format, and the password from its file. */
class TrunksTest {

    @TempDir
    Path dir;

    @Test
    void theDigestCredentialsAreTheUsernameAndTheOwnerOnlyFilesPassword() throws IOException {
        Path secret = secret("s3cret-on-the-trunk\n", "rw-------");

        TrunkSettings trunk = Trunks.of(new TrunkConfig("gw.example", 5070, TrunkConfig.Transport.TCP,
                Optional.of(new TrunkConfig.Credentials("ministry-line", secret)), "+30"));

        assertThat(trunk.transport()).isEqualTo(SipTransport.TCP);
        assertThat(trunk.credentials()).contains(new TrunkSettings.Credentials("ministry-line", "s3cret-on-the-trunk"));
        assertThat(trunk.toString()).doesNotContain("s3cret");
    }

    @Test
    void aTrunkWithoutCredentialsAnswersNoChallenge() {
        TrunkSettings trunk = Trunks.of(new TrunkConfig("gw.example", 5060, TrunkConfig.Transport.UDP,
                Optional.empty(), ""));

        assertThat(trunk.credentials()).isEmpty();
        assertThat(trunk.transport()).isEqualTo(SipTransport.UDP);
        assertThat(trunk.numberFormat()).isEqualTo(TrunkSettings.NumberFormat.AS_DIALLED);
    }

    @Test
    void aPasswordFileOthersMayReadOrAnEmptyOneIsRefusedWithItsField() throws IOException {
        Path readable = secret("s3cret", "rw-r--r--");
        assertThatThrownBy(() -> Trunks.of(withPasswordFile(readable)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trunk.json: /credentials/passwordFile").hasMessageContaining("chmod 600")
                .hasMessageNotContaining("s3cret");

        Path empty = dir.resolve("empty");
        Files.writeString(empty, " \n");
        Files.setPosixFilePermissions(empty, PosixFilePermissions.fromString("rw-------"));
        assertThatThrownBy(() -> Trunks.of(withPasswordFile(empty))).hasMessageContaining("is empty");
    }

    private static TrunkConfig withPasswordFile(Path file) {
        return new TrunkConfig("gw.example", 5060, TrunkConfig.Transport.UDP,
                Optional.of(new TrunkConfig.Credentials("ministry-line", file)), "");
    }

    private Path secret(String text, String mode) throws IOException {
        Path file = dir.resolve("trunk-password-" + mode);
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }
}
