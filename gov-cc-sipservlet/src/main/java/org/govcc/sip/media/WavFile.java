package org.govcc.sip.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads WAV (RIFF) prompts: 8 kHz mono, 16-bit PCM, G.711 A-law (format 6) or u-law (format 7).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class WavFile {

    private WavFile() {
    }

    /**
     * Reads a whole WAV stream into a clip.
     *
     * @throws IOException on read errors
     * @throws IllegalArgumentException if it is not a supported WAV (the message says why)
     */
    public static AudioClip read(String name, InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
        if (all.length < 12 || b.getInt(0) != 0x46464952 || b.getInt(8) != 0x45564157) {
            throw new IllegalArgumentException(name + " is not a RIFF/WAVE file");
        }
        int format = -1;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        int pos = 12;
        while (pos + 8 <= all.length) {
            int id = b.getInt(pos);
            int size = b.getInt(pos + 4);
            int body = pos + 8;
            if (size < 0 || body + size > all.length) {
                size = all.length - body;
            }
            if (id == 0x20746d66) { // "fmt "
                format = b.getShort(body) & 0xFFFF;
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
            } else if (id == 0x61746164) { // "data"
                if (format < 0) {
                    throw new IllegalArgumentException(name + ": data chunk before fmt chunk");
                }
                if (channels != 1 || rate != AudioClip.SAMPLE_RATE) {
                    throw new IllegalArgumentException(name + ": must be mono 8000 Hz, but is " + channels
                            + " channel(s) at " + rate + " Hz");
                }
                return new AudioClip(name, decode(name, format, bits, all, body, size));
            }
            pos = body + size + (size & 1);
        }
        throw new IllegalArgumentException(name + ": no data chunk");
    }

    private static short[] decode(String name, int format, int bits, byte[] all, int off, int len) {
        if (format == 1 && bits == 16) {
            short[] s = new short[len / 2];
            ByteBuffer.wrap(all, off, len).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(s);
            return s;
        }
        if ((format == 6 || format == 7) && bits == 8) {
            short[] s = new short[len];
            for (int i = 0; i < len; i++) {
                s[i] = format == 7 ? G711.ulawToLinear(all[off + i]) : G711.alawToLinear(all[off + i]);
            }
            return s;
        }
        throw new IllegalArgumentException(name + ": unsupported WAV format " + format + " with " + bits
                + " bits (use 16-bit PCM, A-law or u-law)");
    }

    /** Returns a 16-bit PCM mono 8 kHz WAV file holding {@code clip} (for tests and tools). */
    public static byte[] write(AudioClip clip) {
        int dataLen = clip.samples().length * 2;
        ByteBuffer b = ByteBuffer.allocate(44 + dataLen).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x46464952).putInt(36 + dataLen).putInt(0x45564157);
        b.putInt(0x20746d66).putInt(16).putShort((short) 1).putShort((short) 1).putInt(AudioClip.SAMPLE_RATE)
                .putInt(AudioClip.SAMPLE_RATE * 2).putShort((short) 2).putShort((short) 16);
        b.putInt(0x61746164).putInt(dataLen);
        for (short s : clip.samples()) {
            b.putShort(s);
        }
        return b.array();
    }
}
