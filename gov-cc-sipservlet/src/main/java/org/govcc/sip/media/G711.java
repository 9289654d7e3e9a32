package org.govcc.sip.media;

/**
 * ITU-T G.711 u-law and A-law companding (encode from and decode to 16-bit linear PCM).
 *
 * <p>Stateless and thread-safe; the encode tables are computed once.
 *
 * @since 0.1
 */
public final class G711 {

    private static final byte[] ULAW = new byte[65536];
    private static final byte[] ALAW = new byte[65536];
    /** Decoding by table: a mixer decodes every received packet, so it costs one array read per sample. */
    private static final short[] ULAW_DECODED = new short[256];
    private static final short[] ALAW_DECODED = new short[256];

    static {
        for (int i = 0; i < 65536; i++) {
            short s = (short) (i - 32768);
            ULAW[i] = linearToUlaw(s);
            ALAW[i] = linearToAlaw(s);
        }
        for (int b = 0; b < 256; b++) {
            ULAW_DECODED[b] = ulawToLinear((byte) b);
            ALAW_DECODED[b] = alawToLinear((byte) b);
        }
    }

    private G711() {
    }

    /** Encodes one 16-bit sample to u-law. */
    public static byte ulaw(short sample) {
        return ULAW[sample + 32768];
    }

    /** Encodes one 16-bit sample to A-law. */
    public static byte alaw(short sample) {
        return ALAW[sample + 32768];
    }

    /** Decodes one u-law byte to a 16-bit sample, by table. */
    static short decodeUlaw(byte u) {
        return ULAW_DECODED[u & 0xFF];
    }

    /** Decodes one A-law byte to a 16-bit sample, by table. */
    static short decodeAlaw(byte a) {
        return ALAW_DECODED[a & 0xFF];
    }

    /** Decodes one u-law byte to a 16-bit sample. */
    public static short ulawToLinear(byte u) {
        int v = ~u & 0xFF;
        int t = ((v & 0x0F) << 3) + 0x84;
        t <<= (v & 0x70) >> 4;
        return (short) ((v & 0x80) != 0 ? 0x84 - t : t - 0x84);
    }

    /** Decodes one A-law byte to a 16-bit sample. */
    public static short alawToLinear(byte a) {
        int v = (a ^ 0x55) & 0xFF;
        int t = (v & 0x0F) << 4;
        int seg = (v & 0x70) >> 4;
        switch (seg) {
            case 0:
                t += 8;
                break;
            case 1:
                t += 0x108;
                break;
            default:
                t += 0x108;
                t <<= seg - 1;
        }
        return (short) ((v & 0x80) != 0 ? t : -t);
    }

    private static byte linearToUlaw(short sample) {
        final int bias = 0x84;
        final int clip = 32635;
        int s = sample;
        int sign = (s >> 8) & 0x80;
        if (sign != 0) {
            s = -s;
        }
        if (s > clip) {
            s = clip;
        }
        s += bias;
        int exponent = 7;
        for (int mask = 0x4000; (s & mask) == 0 && exponent > 0; mask >>= 1) {
            exponent--;
        }
        int mantissa = (s >> (exponent + 3)) & 0x0F;
        return (byte) ~(sign | (exponent << 4) | mantissa);
    }

    private static byte linearToAlaw(short sample) {
        int s = sample;
        int sign = (~s >> 8) & 0x80;
        if (sign == 0) {
            s = -s;
        }
        if (s > 32635) {
            s = 32635;
        }
        int compressed;
        if (s >= 256) {
            int exponent = 7;
            for (int mask = 0x4000; (s & mask) == 0 && exponent > 1; mask >>= 1) {
                exponent--;
            }
            int mantissa = (s >> (exponent + 3)) & 0x0F;
            compressed = (exponent << 4) | mantissa;
        } else {
            compressed = s >> 4;
        }
        return (byte) ((compressed ^ (sign ^ 0x55)) & 0xFF);
    }
}
