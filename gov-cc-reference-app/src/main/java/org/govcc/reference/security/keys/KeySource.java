package org.govcc.reference.security.keys;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.govcc.api.internal.Require;

/**
 * Where {@link SecretKeys} finds the keys: an Elytron credential store in the server
 * ({@link CredentialStoreKeySource#server}), the same store's file for the command-line tools
 * ({@link CredentialStoreKeySource#file}), or keys held in memory for tests ({@link #inMemory}).
 * Implementations are thread-safe.
 */
public interface KeySource {

    /** Every alias the source holds, whatever its purpose. */
    Set<String> aliases();

    /** The secret key stored under {@code alias}, if there is one. */
    Optional<SecretKey> key(String alias);

    /** Where the keys are, for messages (a store's name or file; never a key). */
    String description();

    /** A source of the given keys by alias, for tests. */
    static KeySource inMemory(Map<String, SecretKey> keys) {
        Map<String, SecretKey> copy = Map.copyOf(Require.nonNull(keys, "keys"));
        return new KeySource() {
            @Override
            public Set<String> aliases() {
                return copy.keySet();
            }

            @Override
            public Optional<SecretKey> key(String alias) {
                return Optional.ofNullable(copy.get(alias));
            }

            @Override
            public String description() {
                return "keys in memory";
            }
        };
    }
}
