package org.govcc.sip;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;

/**
 * How the SIP application answers: which dialled numbers are which line, the admission limit, the agents' registrar
 * realm, the outbound trunk and the sealed lines.
 *
 * @param lines dialled number (Request-URI user part) to line, e.g. {@code 1555 -> main}, {@code 15900 -> complaints}
 * @param defaultLanguage the language a call starts in
 * @param admissionLimit the most simultaneous calls; INVITEs beyond it get 503 with Retry-After
 * @param retryAfter what the 503 asks callers to wait
 * @param realm the digest realm of the agents' phones
 * @param maxRegistration the longest registration granted
 * @param trunk the outbound trunk for calls to outside numbers (callbacks, transfers such as 112); empty means none:
 *              a callback then fails with {@code DialFailed} and a transfer with {@code TransferFailed(NO_TRUNK)},
 *              the caller kept on the line
 * @param transferGuard how long a caller's phone may leave a REFER unanswered or unfinished before the line takes
 *                      the call back (32 s by default: RFC 3261's 64*T1, the non-INVITE transaction time-out)
 * @param transferRingTimeout how long the outside number rings when a transfer falls back to bridging (30 s)
 * @param sealedLines the lines whose caller's number must not leave the SIP edge (a confidential line, whose
 *                    {@code ConfidentialityPolicy.keepCallerNumber()} is false): every INVITE the line sends for
 *                    their calls (to an agent's phone, to the outside number of a transfer) presents an anonymous
 *                    caller (RFC 3323), and the line's logs do not name the caller's number; each must be one of
 *                    {@code lines}' values
 * @param lineAdmissionLimits lines with an admission limit of their own below {@code admissionLimit}, so that one
 *                            line cannot take every seat (the complaint line keeps room when the main line is
 *                            full); each must be one of {@code lines}' values
 * @since 0.1
 */
public record SipLineSettings(Map<String, LineId> lines, Language defaultLanguage, int admissionLimit,
                              Duration retryAfter, String realm, Duration maxRegistration,
                              Optional<TrunkSettings> trunk, Duration transferGuard,
                              Duration transferRingTimeout, Set<LineId> sealedLines,
                              Map<LineId, Integer> lineAdmissionLimits) {

    /** The default {@link #transferGuard()}. */
    public static final Duration DEFAULT_TRANSFER_GUARD = Duration.ofSeconds(32);
    /** The default {@link #transferRingTimeout()}. */
    public static final Duration DEFAULT_TRANSFER_RING_TIMEOUT = Duration.ofSeconds(30);

    /** Validates the values and freezes the map. */
    public SipLineSettings {
        lines = Map.copyOf(Require.nonNull(lines, "lines"));
        Require.that(!lines.isEmpty(), "lines must not be empty");
        Require.nonNull(defaultLanguage, "defaultLanguage");
        Require.inRange(admissionLimit, 1, 1_000_000, "admissionLimit");
        Require.nonNull(retryAfter, "retryAfter");
        Require.nonBlank(realm, "realm");
        Require.nonNull(maxRegistration, "maxRegistration");
        Require.nonNull(trunk, "trunk");
        Require.that(positive(transferGuard), "transferGuard must be positive, but was " + transferGuard);
        Require.that(positive(transferRingTimeout),
                "transferRingTimeout must be positive, but was " + transferRingTimeout);
        sealedLines = Set.copyOf(Require.nonNull(sealedLines, "sealedLines"));
        for (LineId sealed : sealedLines) {
            Require.that(lines.containsValue(sealed), "sealedLines names line '" + sealed.value()
                    + "', which no dialled number reaches (lines: " + Set.copyOf(lines.values()) + ")");
        }
        lineAdmissionLimits = Map.copyOf(Require.nonNull(lineAdmissionLimits, "lineAdmissionLimits"));
        for (Map.Entry<LineId, Integer> limit : lineAdmissionLimits.entrySet()) {
            Require.that(lines.containsValue(limit.getKey()), "lineAdmissionLimits names line '"
                    + limit.getKey().value() + "', which no dialled number reaches");
            Require.inRange(limit.getValue(), 1, admissionLimit, "admission limit of line " + limit.getKey().value());
        }
    }

    /** Settings with the default transfer time-outs. */
    public SipLineSettings(Map<String, LineId> lines, Language defaultLanguage, int admissionLimit,
                           Duration retryAfter, String realm, Duration maxRegistration,
                           Optional<TrunkSettings> trunk) {
        this(lines, defaultLanguage, admissionLimit, retryAfter, realm, maxRegistration, trunk,
                DEFAULT_TRANSFER_GUARD, DEFAULT_TRANSFER_RING_TIMEOUT, Set.of(), Map.of());
    }

    /** Returns settings for {@code lines}, Greek, limit 120, Retry-After 30 s, realm {@code govcc}, 1 h registrations. */
    public static SipLineSettings of(Map<String, LineId> lines) {
        return new SipLineSettings(lines, Language.GREEK, 120, Duration.ofSeconds(30), "govcc", Duration.ofHours(1),
                Optional.empty());
    }

    /** Returns a copy with another admission limit. */
    public SipLineSettings withAdmissionLimit(int limit) {
        return new SipLineSettings(lines, defaultLanguage, limit, retryAfter, realm, maxRegistration, trunk,
                transferGuard, transferRingTimeout, sealedLines, lineAdmissionLimits);
    }

    /**
     * Returns a copy that dials outside numbers through a UDP trunk at {@code hostPort} without credentials (see
     * {@link TrunkSettings#parse}).
     */
    public SipLineSettings withOutboundGateway(String hostPort) {
        return withTrunk(TrunkSettings.parse(hostPort));
    }

    /** Returns a copy that dials outside numbers through {@code newTrunk}. */
    public SipLineSettings withTrunk(TrunkSettings newTrunk) {
        return new SipLineSettings(lines, defaultLanguage, admissionLimit, retryAfter, realm, maxRegistration,
                Optional.of(Require.nonNull(newTrunk, "trunk")), transferGuard, transferRingTimeout, sealedLines,
                lineAdmissionLimits);
    }

    /** Returns a copy with other transfer time-outs (see {@link #transferGuard()}, {@link #transferRingTimeout()}). */
    public SipLineSettings withTransferTimeouts(Duration guard, Duration ringTimeout) {
        return new SipLineSettings(lines, defaultLanguage, admissionLimit, retryAfter, realm, maxRegistration,
                trunk, guard, ringTimeout, sealedLines, lineAdmissionLimits);
    }

    /**
     * Returns a copy in which the calls of {@code sealed} never show the caller's number beyond the SIP edge (see
     * {@link #sealedLines()}).
     */
    public SipLineSettings withSealedLines(Set<LineId> sealed) {
        return new SipLineSettings(lines, defaultLanguage, admissionLimit, retryAfter, realm, maxRegistration,
                trunk, transferGuard, transferRingTimeout, sealed, lineAdmissionLimits);
    }

    /** Returns a copy in which each of {@code limits}' lines holds at most its number of calls at once. */
    public SipLineSettings withLineAdmissionLimits(Map<LineId, Integer> limits) {
        return new SipLineSettings(lines, defaultLanguage, admissionLimit, retryAfter, realm, maxRegistration,
                trunk, transferGuard, transferRingTimeout, sealedLines, limits);
    }

    /** Returns whether {@code line}'s caller numbers must not leave the SIP edge. */
    public boolean isSealed(LineId line) {
        return sealedLines.contains(line);
    }

    private static boolean positive(Duration d) {
        return d != null && !d.isNegative() && !d.isZero();
    }
}
