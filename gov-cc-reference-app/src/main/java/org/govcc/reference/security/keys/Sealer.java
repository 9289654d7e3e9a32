package org.govcc.reference.security.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import org.govcc.api.internal.Require;

/**
 * Authenticated encryption of values at rest: AES-256-GCM with a random 96-bit nonce, under the current key of an
 * {@link KeyPurpose.Use#ENCRYPTION} purpose ({@link KeyPurpose#COMPLAINT_CONTENT}), with {@link AssociatedData} the
 * caller gives (table, column, row id).
 *
 * <p>A sealed value is {@code 'G' 'S' 1}, the key version (2 bytes, big-endian), the nonce (12 bytes), then the
 * ciphertext and its 128-bit tag; the header is authenticated with the associated data. Since the value names its key
 * version, {@link #open} takes the right key, and values sealed before a rotation stay readable. A value that was
 * altered, or is opened with other associated data, is refused with a {@link SealRefusedException}. The text forms
 * ({@link #sealText}, {@link #openText}) are the same bytes in Base64, for text columns.
 *
 * <p>Thread-safe; one {@link Cipher} per call.
 */
@ApplicationScoped
public class Sealer {

    private static final byte[] MAGIC = {'G', 'S', 1};
    private static final int HEADER = MAGIC.length + 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretKeys keys;

    /** For CDI's proxy. */
    protected Sealer() {
    }

    /** A sealer over {@code keys}. */
    @Inject
    public Sealer(SecretKeys keys) {
        this.keys = Require.nonNull(keys, "keys");
    }

    /**
     * Seals {@code plaintext} under {@code purpose}'s current key, bound to {@code data}.
     *
     * @throws IllegalArgumentException if {@code purpose} is not an encryption purpose
     * @throws MissingKeyException if the store holds no key for it
     */
    public byte[] seal(KeyPurpose purpose, byte[] plaintext, AssociatedData data) {
        requireEncryption(purpose);
        Require.nonNull(plaintext, "plaintext");
        Require.nonNull(data, "associated data");
        VersionedKey key = keys.current(purpose);
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = header(key.version());
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(header, purpose, data));
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(HEADER + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available to seal with " + key.alias() + ": " + e, e);
        }
    }

    /**
     * Opens a value {@link #seal} made, with the key version it names.
     *
     * @throws SealRefusedException if it is not such a value, was altered, is bound to other associated data, or
     *     names a key version the store does not hold
     */
    public byte[] open(KeyPurpose purpose, byte[] sealed, AssociatedData data) {
        requireEncryption(purpose);
        Require.nonNull(data, "associated data");
        int version = keyVersion(sealed);
        VersionedKey key;
        try {
            key = keys.version(purpose, version);
        } catch (MissingKeyException e) {
            throw new SealRefusedException("a sealed " + purpose + " value names key version " + version
                    + ", which the " + keys.description() + " does not hold: altered, or sealed with a key this store"
                    + " lacks", e);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.key(), new GCMParameterSpec(TAG_BITS, sealed, HEADER, NONCE_BYTES));
            cipher.updateAAD(aad(header(version), purpose, data));
            return cipher.doFinal(sealed, HEADER + NONCE_BYTES, sealed.length - HEADER - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealRefusedException("a sealed " + purpose + " value (key " + key.alias() + ") does not open:"
                    + " it was altered, or belongs to another row or column than " + data.parts(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available to open with " + key.alias() + ": " + e, e);
        }
    }

    /** Seals the UTF-8 of {@code plaintext} and returns it in Base64, for a text column. */
    public String sealText(KeyPurpose purpose, String plaintext, AssociatedData data) {
        Require.nonNull(plaintext, "plaintext");
        return Base64.getEncoder().encodeToString(seal(purpose, plaintext.getBytes(StandardCharsets.UTF_8), data));
    }

    /**
     * Opens what {@link #sealText} returned.
     *
     * @throws SealRefusedException as {@link #open} does, or if {@code sealed} is not Base64 of a sealed text
     */
    public String openText(KeyPurpose purpose, String sealed, AssociatedData data) {
        Require.nonNull(sealed, "sealed text");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            throw new SealRefusedException("a sealed " + purpose + " text is not Base64: altered", e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(open(purpose, bytes, data))).toString();
        } catch (CharacterCodingException e) {
            throw new SealRefusedException("a sealed " + purpose + " value is not UTF-8 text", e);
        }
    }

    /** The same text sealed again under {@code purpose}'s current key (after a rotation); refused as {@link #open}. */
    public String resealText(KeyPurpose purpose, String sealed, AssociatedData data) {
        return sealText(purpose, openText(purpose, sealed, data), data);
    }

    /**
     * The key version a sealed value names (without opening it): a value whose version is below
     * {@code keys.current(purpose).version()} was sealed before the last rotation.
     *
     * @throws SealRefusedException if {@code sealed} is not a sealed value
     */
    public static int keyVersion(byte[] sealed) {
        Require.nonNull(sealed, "sealed value");
        if (sealed.length < HEADER + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != MAGIC[0] || sealed[1] != MAGIC[1]
                || sealed[2] != MAGIC[2]) {
            throw new SealRefusedException("not a sealed value (" + sealed.length + " bytes without the 'GS' v1"
                    + " header): altered or truncated");
        }
        int version = ((sealed[3] & 0xff) << 8) | (sealed[4] & 0xff);
        if (version < 1 || version > KeyPurpose.MAX_VERSION) {
            throw new SealRefusedException("a sealed value names key version " + version + ", which no key has:"
                    + " altered");
        }
        return version;
    }

    /** {@link #keyVersion(byte[])} of a sealed text. */
    public static int keyVersion(String sealedText) {
        try {
            return keyVersion(Base64.getDecoder().decode(Require.nonNull(sealedText, "sealed text")));
        } catch (IllegalArgumentException e) {
            throw new SealRefusedException("a sealed text is not Base64: altered", e);
        }
    }

    private static byte[] header(int version) {
        return new byte[] {MAGIC[0], MAGIC[1], MAGIC[2], (byte) (version >>> 8), (byte) version};
    }

    /** The header, the purpose and the caller's data: a value sealed for one purpose never opens as another's. */
    private static byte[] aad(byte[] header, KeyPurpose purpose, AssociatedData data) {
        byte[] purposeBytes = purpose.aliasPrefix().getBytes(StandardCharsets.UTF_8);
        byte[] caller = data.encoded();
        return ByteBuffer.allocate(header.length + 1 + purposeBytes.length + caller.length).put(header)
                .put((byte) purposeBytes.length).put(purposeBytes).put(caller).array();
    }

    private static void requireEncryption(KeyPurpose purpose) {
        Require.nonNull(purpose, "purpose");
        Require.that(purpose.use() == KeyPurpose.Use.ENCRYPTION, purpose + " keys authenticate, they do not"
                + " encrypt: seal with an ENCRYPTION purpose such as " + KeyPurpose.COMPLAINT_CONTENT);
    }
}
