package org.govcc.reference.security.keys;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.govcc.api.internal.Require;

/**
 * The line's secret keys, by {@link KeyPurpose} and version, as the credential store holds them: in the server the
 * Elytron store {@code govcc-keys} (or the one {@code -Dgovcc.keys.store} names), read through
 * {@link CredentialStoreKeySource#server}. The highest version of a purpose is its {@link #current} key, which new
 * writes use; every older version stays readable ({@link #version}), so that what was written before a rotation is
 * still read.
 *
 * <p>The store is asked on every call (it keeps its keys in memory), so a version that
 * {@code scripts/wildfly/govcc-rotate-key.sh --controller} adds to the running server is current from then on,
 * without a redeployment. At deployment every purpose must have a key ({@link #requireAll}, called by
 * {@link KeysStartup}); a missing one fails the deployment with a {@link MissingKeyException} naming its alias and the
 * command that makes it.
 *
 * <p>Thread-safe. Keys never appear in a log line, a message or a {@code toString}.
 */
@ApplicationScoped
public class SecretKeys {

    /** The system property naming the server's credential store; default {@value CredentialStoreKeySource#DEFAULT_STORE}. */
    public static final String STORE_PROPERTY = "govcc.keys.store";

    private static final Logger LOG = Logger.getLogger(SecretKeys.class.getName());

    private volatile KeySource source;

    /** For CDI: the keys of the server's credential store, found at {@link PostConstruct}. */
    protected SecretKeys() {
    }

    private SecretKeys(KeySource source) {
        this.source = Require.nonNull(source, "key source");
    }

    /** The keys of {@code source} (a store file for the command-line tools, keys in memory for tests). */
    public static SecretKeys from(KeySource source) {
        return new SecretKeys(source);
    }

    @PostConstruct
    void connect() {
        if (source == null) {
            source = CredentialStoreKeySource.server(System.getProperty(STORE_PROPERTY,
                    CredentialStoreKeySource.DEFAULT_STORE));
        }
    }

    /**
     * The current (highest) version of {@code purpose}'s key.
     *
     * @throws MissingKeyException if the store holds no key for it
     */
    public VersionedKey current(KeyPurpose purpose) {
        List<Integer> versions = versionNumbers(purpose);
        if (versions.isEmpty()) {
            throw missing(purpose);
        }
        return version(purpose, versions.get(versions.size() - 1));
    }

    /**
     * Version {@code version} of {@code purpose}'s key.
     *
     * @throws MissingKeyException if the store does not hold it (never made, or removed)
     */
    public VersionedKey version(KeyPurpose purpose, int version) {
        Require.nonNull(purpose, "purpose");
        String alias = purpose.alias(version);
        return new VersionedKey(purpose, version, source().key(alias).orElseThrow(() -> new MissingKeyException(
                "the " + source().description() + " holds no key '" + alias + "'" + (version == 1
                        ? ": make the line's keys with " + MissingKeyException.MAKE_KEYS
                        : ", which data was written with: restore it from the store's backup"))));
    }

    /** Every version of {@code purpose}'s key, oldest first (the last is {@link #current}); empty if none. */
    public List<VersionedKey> versions(KeyPurpose purpose) {
        List<VersionedKey> keys = new ArrayList<>();
        for (int v : versionNumbers(purpose)) {
            keys.add(version(purpose, v));
        }
        return List.copyOf(keys);
    }

    /**
     * Checks that every purpose has a current key, and logs the current versions (aliases only).
     *
     * @throws MissingKeyException naming every missing alias and the command that makes them
     */
    public void requireAll() {
        Set<KeyPurpose> missing = EnumSet.noneOf(KeyPurpose.class);
        StringBuilder found = new StringBuilder();
        for (KeyPurpose p : KeyPurpose.values()) {
            List<Integer> versions = versionNumbers(p);
            if (versions.isEmpty()) {
                missing.add(p);
            } else {
                version(p, versions.get(versions.size() - 1)); // readable, and 256 bits
                found.append(found.length() == 0 ? "" : ", ").append(p.alias(versions.get(versions.size() - 1)));
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingKeyException("the " + source().description() + " holds no key "
                    + missing.stream().map(p -> "'" + p.alias(1) + "'").toList() + " (purposes " + missing
                    + "): make the line's keys with " + MissingKeyException.MAKE_KEYS);
        }
        LOG.info(() -> "gov-cc keys from the " + source().description() + ": current " + found);
    }

    /** Where the keys come from (for messages and the tools' output). */
    public String description() {
        return source().description();
    }

    private List<Integer> versionNumbers(KeyPurpose purpose) {
        Require.nonNull(purpose, "purpose");
        return source().aliases().stream().map(purpose::versionOf).flatMap(Optional::stream)
                .sorted(Comparator.naturalOrder()).toList();
    }

    private MissingKeyException missing(KeyPurpose purpose) {
        return new MissingKeyException("the " + source().description() + " holds no key for " + purpose
                + " ('" + purpose.alias(1) + "'): make the line's keys with " + MissingKeyException.MAKE_KEYS);
    }

    private KeySource source() {
        KeySource s = source;
        if (s == null) {
            throw new IllegalStateException("SecretKeys used before it was connected to a credential store");
        }
        return s;
    }
}
