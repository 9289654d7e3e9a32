package org.govcc.sip.media;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.govcc.api.internal.Require;

/**
 * The mix one {@link RtpEndpoint} sends ({@link RtpEndpoint#sendMixOf}): its {@link AudioMixer}, the inputs it put on
 * the endpoints it hears (taken off again by {@link #detach}), and the input that takes the packets relayed to the
 * endpoint instead of their being sent on. Also reads where a packet's audio payload lies (RFC 3550 5.1, 5.3.1).
 *
 * <p>Made and detached by its endpoint; {@link #mix} runs on the endpoint's pacing thread under its lock.
 */
final class EndpointMix {

    private static final int HEADER = 12;

    private final AudioMixer mixer = new AudioMixer();
    private final List<RtpEndpoint> heard = new ArrayList<>();
    private final List<SampleBuffer> inputs = new ArrayList<>();
    /** Where packets relayed to the endpoint go instead of being sent on; null: they are dropped. */
    private SampleBuffer relayed;
    private final int[] sum = new int[Codec.SAMPLES_PER_PACKET];

    private EndpointMix() {
    }

    /** A mix for {@code owner} of what each of {@code heard} receives (and of what is relayed to it, if asked). */
    static EndpointMix attach(RtpEndpoint owner, List<RtpEndpoint> heard, boolean withRelayed) {
        EndpointMix mix = new EndpointMix();
        for (RtpEndpoint h : Require.nonNull(heard, "heard")) {
            Require.that(h != owner, "an endpoint cannot hear itself in its own mix");
            SampleBuffer input = mix.mixer.newInput();
            mix.heard.add(h);
            mix.inputs.add(input);
            h.tap(input);
        }
        mix.relayed = withRelayed ? mix.mixer.newInput() : null;
        return mix;
    }

    /** Takes this mix's inputs off the endpoints it heard. */
    void detach() {
        for (int i = 0; i < heard.size(); i++) {
            heard.get(i).untap(inputs.get(i));
        }
    }

    /** Keeps a relayed packet's audio for the mix (or drops it when the mix takes none). */
    void relayed(ByteBuffer packet, Codec audio, int offset, int length) {
        if (relayed != null && audio != null) {
            relayed.write(packet, offset, length, audio);
        }
    }

    /** Mixes the next packet's 160 samples into {@code payload} in {@code codec}. */
    void mix(byte[] payload, Codec codec) {
        mixer.mix(sum, payload, Codec.SAMPLES_PER_PACKET, codec);
    }

    /** Where the payload of an RTP packet of {@code length} bytes starts: after the CSRCs and any header extension. */
    static int payloadOffset(ByteBuffer packet, int length) {
        int offset = HEADER + 4 * (packet.get(0) & 0x0F);
        if ((packet.get(0) & 0x10) != 0 && length >= offset + 4) {
            offset += 4 + 4 * (packet.getShort(offset + 2) & 0xFFFF);
        }
        return offset;
    }

    /** How many payload bytes follow {@code offset}, padding (RFC 3550 5.1, the P bit) left out; 0 if none. */
    static int payloadLength(ByteBuffer packet, int length, int offset) {
        int padding = (packet.get(0) & 0x20) != 0 ? packet.get(length - 1) & 0xFF : 0;
        return Math.max(0, length - padding - offset);
    }
}
