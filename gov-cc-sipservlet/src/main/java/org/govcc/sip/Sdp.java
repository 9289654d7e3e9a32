package org.govcc.sip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.govcc.api.internal.Require;
import org.govcc.sip.media.Codec;

/**
 * The parts of an SDP audio description (RFC 4566 / RFC 3264) the line uses: where to send, which payload types,
 * and the media direction.
 *
 * @param address the connection address (c=)
 * @param port the audio port (m=audio), 0 if the stream is rejected
 * @param payloadTypes the offered or answered payload types, in order
 * @param encodings payload type to upper-case encoding name (from a=rtpmap, plus the static 0 and 8)
 * @param direction sendrecv, sendonly, recvonly or inactive
 * @since 0.1
 */
public record Sdp(String address, int port, List<Integer> payloadTypes, Map<Integer, String> encodings,
                  String direction) {

    private static final AtomicLong VERSION = new AtomicLong(System.currentTimeMillis() / 1000);

    /** Validates the values. */
    public Sdp {
        Require.nonBlank(address, "address");
        Require.inRange(port, 0, 65535, "port");
        payloadTypes = List.copyOf(payloadTypes);
        encodings = Map.copyOf(encodings);
        Require.nonBlank(direction, "direction");
    }

    /**
     * Parses an SDP body.
     *
     * @throws IllegalArgumentException if it has no audio stream or no connection address
     */
    public static Sdp parse(String body) {
        Require.nonNull(body, "sdp");
        String sessionAddress = null;
        String mediaAddress = null;
        int port = -1;
        List<Integer> pts = new ArrayList<>();
        Map<Integer, String> enc = new LinkedHashMap<>();
        enc.put(0, "PCMU");
        enc.put(8, "PCMA");
        String direction = "sendrecv";
        boolean inAudio = false;
        boolean sawVersion = false;
        // Hand-split lines and fields: this runs for every INVITE, and String.split with a regex compiles a pattern
        // per call (it was a tenth of the line's CPU under load).
        int from = 0;
        while (from < body.length()) {
            int end = body.indexOf('\n', from);
            if (end < 0) {
                end = body.length();
            }
            String line = body.substring(from, end).trim();
            from = end + 1;
            if (line.length() < 2 || line.charAt(1) != '=') {
                if (!line.isEmpty()) {
                    throw new IllegalArgumentException("malformed SDP line: '" + line + "'");
                }
                continue;
            }
            char type = line.charAt(0);
            String value = line.substring(2).trim();
            if (type == 'v') {
                sawVersion = true;
            } else if (type == 'm') {
                inAudio = value.startsWith("audio ");
                if (inAudio && port < 0) {
                    String[] f = fields(value);
                    if (f.length < 4) {
                        throw new IllegalArgumentException("malformed m= line: '" + value + "'");
                    }
                    port = parseInt(beforeSlash(f[1]), "audio port");
                    for (int i = 3; i < f.length; i++) {
                        pts.add(parseInt(f[i], "payload type"));
                    }
                }
            } else if (type == 'c') {
                String[] f = fields(value);
                if (f.length < 3) {
                    throw new IllegalArgumentException("malformed c= line: '" + value + "'");
                }
                String a = beforeSlash(f[2]);
                if (inAudio) {
                    mediaAddress = a;
                } else {
                    sessionAddress = a;
                }
            } else if (type == 'a' && (inAudio || port < 0)) {
                if (value.startsWith("rtpmap:")) {
                    String[] f = fields(value.substring(7));
                    if (f.length >= 2) {
                        enc.put(parseInt(f[0], "rtpmap payload type"), beforeSlash(f[1]).toUpperCase(Locale.ROOT));
                    }
                } else if (value.equals("sendrecv") || value.equals("sendonly") || value.equals("recvonly")
                        || value.equals("inactive")) {
                    direction = value;
                }
            }
        }
        if (!sawVersion) {
            throw new IllegalArgumentException("SDP has no v= line");
        }
        if (port < 0) {
            throw new IllegalArgumentException("SDP has no audio stream");
        }
        String address = mediaAddress != null ? mediaAddress : sessionAddress;
        if (address == null) {
            throw new IllegalArgumentException("SDP has no connection address");
        }
        return new Sdp(address, port, pts, enc, direction);
    }

    /** Splits on runs of spaces and tabs. */
    private static String[] fields(String value) {
        List<String> out = new ArrayList<>(8);
        int i = 0;
        int n = value.length();
        while (i < n) {
            while (i < n && isBlank(value.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(value.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(value.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String beforeSlash(String s) {
        int slash = s.indexOf('/');
        return slash < 0 ? s : s.substring(0, slash);
    }

    private static int parseInt(String s, String what) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SDP " + what + " is not a number: '" + s + "'");
        }
    }

    /** Returns the first offered codec the line speaks, or null. */
    public Codec preferredCodec() {
        for (int pt : payloadTypes) {
            String name = encodings.get(pt);
            for (Codec c : Codec.values()) {
                if (c.encodingName().equals(name) && pt == c.payloadType()) {
                    return c;
                }
            }
        }
        return null;
    }

    /** Returns the payload type offered for telephone-event, or -1. */
    public int telephoneEventPayloadType() {
        for (int pt : payloadTypes) {
            if ("TELEPHONE-EVENT".equals(encodings.get(pt))) {
                return pt;
            }
        }
        return -1;
    }

    /** Returns the direction our answer takes to this offer (sendonly becomes recvonly, and so on). */
    public String answerDirection() {
        switch (direction) {
            case "sendonly":
                return "recvonly";
            case "recvonly":
                return "sendonly";
            default:
                return direction;
        }
    }

    /** Returns whether the peer says it sends audio (so its silence means it is gone). */
    public boolean peerSends() {
        return port != 0 && !"recvonly".equals(direction) && !"inactive".equals(direction)
                && !"0.0.0.0".equals(address);
    }

    /** Returns whether the peer wants to receive our audio. */
    public boolean peerReceives() {
        return port != 0 && !"sendonly".equals(direction) && !"inactive".equals(direction)
                && !"0.0.0.0".equals(address);
    }

    /**
     * Writes an SDP body for our side.
     *
     * @param codecs our codecs, in preference order
     * @param telephoneEventPt the telephone-event payload type, or -1 for none
     */
    public static String write(String address, int port, List<Codec> codecs, int telephoneEventPt, String direction) {
        long v = VERSION.incrementAndGet();
        StringBuilder m = new StringBuilder("m=audio ").append(port).append(" RTP/AVP");
        StringBuilder a = new StringBuilder();
        for (Codec c : codecs) {
            m.append(' ').append(c.payloadType());
            a.append("a=rtpmap:").append(c.payloadType()).append(' ').append(c.encodingName()).append("/8000\r\n");
        }
        if (telephoneEventPt >= 0) {
            m.append(' ').append(telephoneEventPt);
            a.append("a=rtpmap:").append(telephoneEventPt).append(" telephone-event/8000\r\n");
            a.append("a=fmtp:").append(telephoneEventPt).append(" 0-15\r\n");
        }
        return "v=0\r\n"
                + "o=govcc " + v + " " + v + " IN IP4 " + address + "\r\n"
                + "s=gov-cc\r\n"
                + "c=IN IP4 " + address + "\r\n"
                + "t=0 0\r\n"
                + m + "\r\n"
                + a
                + "a=ptime:20\r\n"
                + "a=" + direction + "\r\n";
    }
}
