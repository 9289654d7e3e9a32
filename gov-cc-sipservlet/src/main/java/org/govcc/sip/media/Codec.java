package org.govcc.sip.media;

/**
 * The audio codecs the line speaks: G.711 u-law and A-law at 8 kHz, static RTP payload types (RFC 3551).
 *
 * @since 0.1
 */
public enum Codec {
    /** G.711 u-law, payload type 0. */
    PCMU(0, "PCMU"),
    /** G.711 A-law, payload type 8. */
    PCMA(8, "PCMA");

    /** Samples per 20 ms packet at 8 kHz. */
    public static final int SAMPLES_PER_PACKET = 160;

    private final int payloadType;
    private final String encodingName;

    Codec(int payloadType, String encodingName) {
        this.payloadType = payloadType;
        this.encodingName = encodingName;
    }

    /** The static RTP payload type. */
    public int payloadType() {
        return payloadType;
    }

    /** The SDP encoding name. */
    public String encodingName() {
        return encodingName;
    }

    /** Encodes {@code count} samples from {@code pcm[offset]} into {@code out[outOffset]}; missing samples are silence. */
    public void encode(short[] pcm, int offset, int count, byte[] out, int outOffset) {
        for (int i = 0; i < count; i++) {
            int idx = offset + i;
            short s = idx < pcm.length ? pcm[idx] : 0;
            out[outOffset + i] = this == PCMU ? G711.ulaw(s) : G711.alaw(s);
        }
    }

    /** Encodes one 16-bit sample. */
    public byte encode(short sample) {
        return this == PCMU ? G711.ulaw(sample) : G711.alaw(sample);
    }

    /** Decodes one byte to a 16-bit sample. */
    public short decode(byte encoded) {
        return this == PCMU ? G711.decodeUlaw(encoded) : G711.decodeAlaw(encoded);
    }

    /** Returns the codec with {@code payloadType}, or null. */
    public static Codec byPayloadType(int payloadType) {
        for (Codec c : values()) {
            if (c.payloadType == payloadType) {
                return c;
            }
        }
        return null;
    }
}
