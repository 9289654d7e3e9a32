package org.govcc.sip.media;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.govcc.api.internal.Require;

/**
 * One call leg's RTP endpoint (RFC 3550): sends G.711 audio in 20 ms packets (prompts, or silence), receives
 * RFC 4733 telephone-events, and can be bridged to another endpoint to relay the two legs' media, or send a mix of
 * what other endpoints receive ({@link #sendMixOf}, for silent monitoring and whisper).
 *
 * <p>Thread-safe: the media threads and the signalling threads meet under the endpoint's lock.
 *
 * @since 0.1
 */
public final class RtpEndpoint implements AutoCloseable {

    private final MediaEngine engine;
    private final DatagramChannel channel;
    private final int localPort;
    private final MediaListener listener;
    private final long inactivityNanos;

    private final RtpStreamHeader header = new RtpStreamHeader();

    private SocketAddress remote;
    private Codec codec = Codec.PCMU;
    private int telephoneEventPayloadType = -1;
    private boolean sending = true;
    private boolean closed;

    private final ArrayDeque<AudioClip> queue = new ArrayDeque<>();
    private AudioClip current;
    private int position;
    private boolean bargeIn;

    private RtpEndpoint bridgedTo;
    private long lastReceivedNanos;
    private long lastDtmfTimestamp = Long.MIN_VALUE;
    private boolean inactivityReported;
    private boolean expectingMedia = true;
    private long packetsReceived;
    private long packetsSent;
    /** Fed with every audio packet this endpoint receives: its stream in other endpoints' mixes. */
    private final CopyOnWriteArrayList<SampleBuffer> taps = new CopyOnWriteArrayList<>();
    /** What this endpoint sends instead of its own audio and of the packets relayed to it, if anything. */
    private EndpointMix mixing;

    RtpEndpoint(MediaEngine engine, DatagramChannel channel, int localPort, MediaListener listener,
                Duration inactivityTimeout) {
        this.engine = engine;
        this.channel = channel;
        this.localPort = localPort;
        this.listener = listener;
        this.inactivityNanos = inactivityTimeout.toNanos();
        this.lastReceivedNanos = System.nanoTime();
    }

    /** The local RTP port (to write into SDP). */
    public int localPort() {
        return localPort;
    }

    /** The local address (to write into SDP). */
    public String localAddress() {
        return engine.settings().bindAddress();
    }

    DatagramChannel channel() {
        return channel;
    }

    /**
     * Sets where to send, in which codec, and the peer's telephone-event payload type ({@code -1}: none).
     */
    public synchronized void connect(InetSocketAddress remoteAddress, Codec newCodec, int telephoneEventPt) {
        this.remote = Require.nonNull(remoteAddress, "remoteAddress");
        this.codec = Require.nonNull(newCodec, "codec");
        this.telephoneEventPayloadType = telephoneEventPt;
    }

    /**
     * Says whether the peer is expected to send RTP (not when it holds with {@code a=inactive} or
     * {@code a=recvonly}); the inactivity time-out only runs while it is.
     */
    public synchronized void setExpectingMedia(boolean expecting) {
        this.expectingMedia = expecting;
        this.lastReceivedNanos = System.nanoTime();
        this.inactivityReported = false;
    }

    /** Returns the codec in use. */
    public synchronized Codec codec() {
        return codec;
    }

    /** Starts or stops sending our audio (stopped while the peer holds the call). Receiving goes on. */
    public synchronized void setSending(boolean send) {
        this.sending = send;
        header.mark();
    }

    /**
     * Plays {@code clips} after anything already queued is dropped; {@link MediaListener#playbackFinished()} follows
     * the last one. An empty list finishes at the next tick.
     *
     * @param interruptibleByDigit whether a DTMF digit stops the playback
     */
    public synchronized void play(List<AudioClip> clips, boolean interruptibleByDigit) {
        queue.clear();
        queue.addAll(clips);
        current = queue.isEmpty() ? AudioClip.silence(0) : queue.poll();
        position = 0;
        bargeIn = interruptibleByDigit;
        header.mark();
    }

    /** Stops the playback without {@link MediaListener#playbackFinished()}. */
    public synchronized void stopPlayback() {
        queue.clear();
        current = null;
        position = 0;
    }

    /** Returns whether a playback is in progress. */
    public synchronized boolean isPlaying() {
        return current != null;
    }

    /**
     * Relays media between this endpoint and {@code other} (both directions): packets received on one are sent
     * from the other to its remote peer. Playback stops on both.
     */
    public void bridge(RtpEndpoint other) {
        Require.nonNull(other, "other");
        Require.that(other != this, "cannot bridge an endpoint to itself");
        synchronized (this) {
            stopPlayback();
            bridgedTo = other;
        }
        synchronized (other) {
            other.stopPlayback();
            other.bridgedTo = this;
        }
    }

    /** Ends a bridge; each side goes back to sending its own audio (silence until something is played). */
    public void unbridge() {
        RtpEndpoint other;
        synchronized (this) {
            other = bridgedTo;
            bridgedTo = null;
            header.mark();
        }
        if (other != null) {
            synchronized (other) {
                if (other.bridgedTo == this) {
                    other.bridgedTo = null;
                    other.header.mark();
                }
            }
        }
    }

    /**
     * Sends, from now on, every 20 ms the sum of what each of {@code heard} receives and, when {@code withRelayed},
     * of the packets its bridge relays to it, instead of its own audio (a prompt waits) and instead of relaying those
     * packets as they come; in this endpoint's codec, whatever the codecs of the streams mixed. Replaces an earlier
     * mix. The endpoints heard are not changed otherwise: their own sending and relaying go on.
     */
    public void sendMixOf(List<RtpEndpoint> heard, boolean withRelayed) {
        EndpointMix next = EndpointMix.attach(this, heard, withRelayed);
        EndpointMix previous;
        synchronized (this) {
            if (closed) {
                previous = next;
            } else {
                previous = mixing;
                mixing = next;
                header.mark();
            }
        }
        if (previous != null) {
            previous.detach();
        }
    }

    /** Goes back to sending this endpoint's own audio and relaying packets as they come; idempotent. */
    public void stopMixing() {
        EndpointMix previous;
        synchronized (this) {
            previous = mixing;
            mixing = null;
            header.mark();
        }
        if (previous != null) {
            previous.detach();
        }
    }

    /** Returns whether this endpoint sends a mix ({@link #sendMixOf}). */
    public synchronized boolean isMixing() {
        return mixing != null;
    }

    /** Returns how many mixes hear this endpoint. */
    public int heardBy() {
        return taps.size();
    }

    /** Feeds {@code input} with every audio packet this endpoint receives from now on. */
    void tap(SampleBuffer input) {
        taps.add(input);
    }

    /** Stops feeding {@code input}. */
    void untap(SampleBuffer input) {
        taps.remove(input);
    }

    /** Returns the packets received so far. */
    public synchronized long packetsReceived() {
        return packetsReceived;
    }

    /** Returns the packets sent so far. */
    public synchronized long packetsSent() {
        return packetsSent;
    }

    /** Returns whether the endpoint was closed. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** Closes the endpoint and frees its port; idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
            current = null;
        }
        unbridge();
        stopMixing();
        engine.release(this);
    }

    /** Called by this endpoint's pacing thread every 20 ms, with that thread's scratch buffers. */
    void tick(long now, boolean checkInactivity, ByteBuffer b, byte[] payload) {
        boolean finished = false;
        boolean inactive = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (checkInactivity && expectingMedia && !inactivityReported && now - lastReceivedNanos > inactivityNanos) {
                inactivityReported = true;
                inactive = true;
            }
            if (mixing != null) {
                if (remote != null && sending) {
                    b.clear();
                    header.write(b, codec.payloadType());
                    mixing.mix(payload, codec);
                    b.put(payload);
                    b.flip();
                    engine.send(channel, b, remote);
                    packetsSent++;
                }
            } else if (remote != null && sending && bridgedTo == null) {
                b.clear();
                header.write(b, codec.payloadType());
                if (current != null) {
                    codec.encode(current.samples(), position, Codec.SAMPLES_PER_PACKET, payload, 0);
                    position += Codec.SAMPLES_PER_PACKET;
                    while (current != null && position >= current.samples().length) {
                        current = queue.poll();
                        position = 0;
                        finished = current == null;
                    }
                } else {
                    java.util.Arrays.fill(payload, codec == Codec.PCMU ? (byte) 0xFF : (byte) 0xD5);
                }
                b.put(payload);
                b.flip();
                engine.send(channel, b, remote);
                packetsSent++;
            } else if (current != null && (remote == null || !sending)) {
                // Not sending (no address yet, or held): the prompt still advances in real time.
                position += Codec.SAMPLES_PER_PACKET;
                if (position >= current.samples().length) {
                    current = queue.poll();
                    position = 0;
                    finished = current == null;
                }
            }
            header.advance();
        }
        if (finished) {
            listener.playbackFinished();
        }
        if (inactive) {
            listener.inactive();
        }
    }

    /** Called by the receiver thread for each packet. */
    void received(ByteBuffer packet, SocketAddress from, long now) {
        char digit = 0;
        RtpEndpoint relayTo;
        Codec audio = null;
        int audioOffset = 0;
        int audioLength = 0;
        synchronized (this) {
            if (closed) {
                return;
            }
            lastReceivedNanos = now;
            inactivityReported = false;
            packetsReceived++;
            relayTo = bridgedTo;
            int len = packet.remaining();
            if (len < RtpStreamHeader.LENGTH || (packet.get(0) & 0xC0) != 0x80) {
                return;
            }
            int pt = packet.get(1) & 0x7F;
            audio = Codec.byPayloadType(pt);
            if (audio != null) {
                audioOffset = EndpointMix.payloadOffset(packet, len);
                audioLength = EndpointMix.payloadLength(packet, len, audioOffset);
                audio = audioLength > 0 ? audio : null;
            }
            if (pt == telephoneEventPayloadType || (telephoneEventPayloadType < 0 && (pt == 101 || pt == 96))) {
                int cc = packet.get(0) & 0x0F;
                int offset = RtpStreamHeader.LENGTH + 4 * cc;
                if (len >= offset + 4) {
                    long ts = packet.getInt(4) & 0xFFFFFFFFL;
                    if (ts != lastDtmfTimestamp) {
                        lastDtmfTimestamp = ts;
                        digit = Dtmf.eventToDigit(packet.get(offset) & 0xFF);
                        if (digit != 0 && bargeIn && current != null) {
                            queue.clear();
                            current = null;
                        }
                    }
                }
            }
        }
        if (audio != null) {
            for (SampleBuffer tap : taps) {
                tap.write(packet, audioOffset, audioLength, audio);
            }
        }
        if (relayTo != null) {
            relayTo.relay(packet, audio, audioOffset, audioLength);
        }
        if (digit != 0) {
            listener.digit(digit);
        }
    }

    /** Sends on a packet its bridge received, or mixes it in when this endpoint sends a mix. */
    private synchronized void relay(ByteBuffer packet, Codec audio, int audioOffset, int audioLength) {
        if (closed) {
            return;
        }
        if (mixing != null) {
            mixing.relayed(packet, audio, audioOffset, audioLength);
            return;
        }
        if (remote == null || !sending) {
            return;
        }
        packet.rewind();
        engine.send(channel, packet, remote);
        packetsSent++;
    }

    @Override
    public String toString() {
        return "RtpEndpoint[" + localPort + " -> " + remote + " " + codec + "]";
    }

}
