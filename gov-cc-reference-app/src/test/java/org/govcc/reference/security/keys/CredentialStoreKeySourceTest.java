package org.govcc.reference.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wildfly.security.credential.SecretKeyCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;

/**
 * The keys of a credential store file as Elytron writes a secret-key-credential-store (PropertiesCredentialStore),
 * and the refusals that name what is missing and the command that makes it.
 */
class CredentialStoreKeySourceTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryPurposesVersionsFromTheStoreFileAndTheHighestIsCurrent() throws Exception {
        SecretKey v1 = TestKeys.key();
        SecretKey v2 = TestKeys.key();
        Path file = store(Map.of("key", TestKeys.key(), "complaint-content-v1", v1, "complaint-content-v2", v2,
                "caller-number-v1", TestKeys.key(), "audit-chain-v1", TestKeys.key(), "callback-number-v1",
                TestKeys.key()));

        SecretKeys keys = SecretKeys.from(CredentialStoreKeySource.file(file));
        keys.requireAll();

        VersionedKey current = keys.current(KeyPurpose.COMPLAINT_CONTENT);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.key().getEncoded()).isEqualTo(v2.getEncoded());
        assertThat(keys.versions(KeyPurpose.COMPLAINT_CONTENT)).extracting(VersionedKey::alias)
                .containsExactly("complaint-content-v1", "complaint-content-v2");
        assertThat(keys.version(KeyPurpose.COMPLAINT_CONTENT, 1).key().getEncoded()).isEqualTo(v1.getEncoded());
        assertThat(current.toString()).isEqualTo("VersionedKey[complaint-content-v2]");
    }

    @Test
    void aStoreWithoutAPurposesKeyIsRefusedNamingTheAliasAndTheCommand() throws Exception {
        Path file = store(Map.of("key", TestKeys.key(), "complaint-content-v1", TestKeys.key()));
        SecretKeys keys = SecretKeys.from(CredentialStoreKeySource.file(file));

        assertThatThrownBy(keys::requireAll).isInstanceOf(MissingKeyException.class)
                .hasMessageContaining("'caller-number-v1'").hasMessageContaining("'audit-chain-v1'")
                .hasMessageContaining("'callback-number-v1'").hasMessageContaining("scripts/wildfly/govcc-keys.sh");
        assertThatThrownBy(() -> keys.current(KeyPurpose.AUDIT_CHAIN)).isInstanceOf(MissingKeyException.class)
                .hasMessageContaining("audit-chain-v1");
        assertThatThrownBy(() -> keys.version(KeyPurpose.COMPLAINT_CONTENT, 3))
                .isInstanceOf(MissingKeyException.class).hasMessageContaining("complaint-content-v3");
    }

    @Test
    void aMissingStoreFileIsRefusedNamingTheCommand() {
        assertThatThrownBy(() -> CredentialStoreKeySource.file(dir.resolve("credentials.cs")))
                .isInstanceOf(MissingKeyException.class).hasMessageContaining("no credential store at")
                .hasMessageContaining("govcc-keys.sh");
    }

    @Test
    void aKeyThatIsNot256BitsIsRefused() throws Exception {
        Path file = store(Map.of("audit-chain-v1", new javax.crypto.spec.SecretKeySpec(new byte[16], "AES")));

        assertThatThrownBy(() -> SecretKeys.from(CredentialStoreKeySource.file(file)).current(KeyPurpose.AUDIT_CHAIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256-bit");
    }

    @Test
    void theServerScriptMakesVersionOneOfEveryPurpose() throws Exception {
        String cli = Files.readString(Path.of("..", "scripts", "wildfly", "govcc-credential-store.cli"),
                StandardCharsets.UTF_8);

        for (KeyPurpose p : KeyPurpose.values()) {
            assertThat(cli).as(p.name()).contains("generate-secret-key(alias=" + p.alias(1) + ", key-size=256)");
        }
    }

    @Test
    void aliasesNameTheirPurposeAndVersion() {
        assertThat(KeyPurpose.COMPLAINT_CONTENT.versionOf("complaint-content-v12")).contains(12);
        assertThat(KeyPurpose.COMPLAINT_CONTENT.versionOf("caller-number-v1")).isEmpty();
        assertThat(KeyPurpose.COMPLAINT_CONTENT.versionOf("complaint-content-v0")).isEmpty();
        assertThat(KeyPurpose.COMPLAINT_CONTENT.versionOf("key")).isEmpty();
        assertThat(KeyPurpose.of("audit-chain")).isEqualTo(KeyPurpose.AUDIT_CHAIN);
    }

    /** A store file as the server's secret-key-credential-store writes it. */
    private Path store(Map<String, SecretKey> keys) throws Exception {
        Path file = dir.resolve("credentials.cs");
        CredentialStore store = CredentialStore.getInstance("PropertiesCredentialStore",
                WildFlyElytronCredentialStoreProvider.getInstance());
        store.initialize(Map.of("location", file.toString(), "create", "true"));
        for (Map.Entry<String, SecretKey> e : keys.entrySet()) {
            store.store(e.getKey(), new SecretKeyCredential(e.getValue()));
        }
        store.flush();
        return file;
    }
}
