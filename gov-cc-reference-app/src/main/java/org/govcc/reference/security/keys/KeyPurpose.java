package org.govcc.reference.security.keys;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govcc.api.internal.Require;

/**
 * What a secret key is for. Each purpose has keys of its own, so that one key never serves two uses; a key's alias in
 * the credential store is {@code <alias prefix>-v<version>}, e.g. {@code complaint-content-v1}.
 *
 * <p>Every key is a 256-bit key as the credential store's {@code generate-secret-key} makes it; the purpose says
 * whether it encrypts ({@link Use#ENCRYPTION}: AES-256-GCM, {@link Sealer}) or authenticates ({@link Use#MAC}:
 * HMAC-SHA-256).
 */
public enum KeyPurpose {

    /** HMAC-SHA-256 of a sealed line's caller number ({@link CallerHasher}), so that repeat calls are linked. */
    CALLER_NUMBER("caller-number", Use.MAC),

    /** AES-256-GCM of a complaint's narrative and identifying fields ({@link Sealer}). */
    COMPLAINT_CONTENT("complaint-content", Use.ENCRYPTION),

    /** HMAC-SHA-256 that chains the audit trail's entries, so that database access alone cannot rewrite it. */
    AUDIT_CHAIN("audit-chain", Use.MAC),

    /**
     * AES-256-GCM of a sealed line's caller number, sealed at the SIP edge ({@code CallbackNumberSeal}) so that a
     * caller who consents can be called back; opened there only, to dial.
     */
    CALLBACK_NUMBER("callback-number", Use.ENCRYPTION);

    /** What a purpose's keys do. */
    public enum Use {
        /** AES-256-GCM encryption. */
        ENCRYPTION,
        /** HMAC-SHA-256. */
        MAC
    }

    /** The highest version an alias may carry (a rotation a day for 27 years). */
    public static final int MAX_VERSION = 9_999;

    private static final Pattern ALIAS = Pattern.compile("([a-z-]+)-v([1-9][0-9]{0,3})");

    private final String aliasPrefix;
    private final Use use;

    KeyPurpose(String aliasPrefix, Use use) {
        this.aliasPrefix = aliasPrefix;
        this.use = use;
    }

    /** The alias's first part, e.g. {@code complaint-content}; also the name the scripts take. */
    public String aliasPrefix() {
        return aliasPrefix;
    }

    /** Whether this purpose's keys encrypt or authenticate. */
    public Use use() {
        return use;
    }

    /** The alias of this purpose's key {@code version} in the credential store, e.g. {@code complaint-content-v1}. */
    public String alias(int version) {
        Require.inRange(version, 1, MAX_VERSION, "key version");
        return aliasPrefix + "-v" + version;
    }

    /** The version {@code alias} names if it is one of this purpose's aliases. */
    public Optional<Integer> versionOf(String alias) {
        Matcher m = ALIAS.matcher(Require.nonNull(alias, "alias"));
        return m.matches() && m.group(1).equals(aliasPrefix) ? Optional.of(Integer.parseInt(m.group(2)))
                : Optional.empty();
    }

    /** The purpose whose alias prefix is {@code prefix} ({@code complaint-content}) or whose name it is. */
    public static KeyPurpose of(String prefix) {
        Require.nonNull(prefix, "key purpose");
        for (KeyPurpose p : values()) {
            if (p.aliasPrefix.equals(prefix) || p.name().equals(prefix)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown key purpose '" + prefix + "'; the purposes are "
                + java.util.Arrays.stream(values()).map(KeyPurpose::aliasPrefix).toList());
    }
}
