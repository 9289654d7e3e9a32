package org.govcc.reference.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallbackWindow;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.SealedNumber;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.cdi.SipLineLifecycle;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.desk.DeskService;
import org.govcc.reference.security.Roles;
import org.govcc.routing.Admission;
import org.govcc.routing.CallDistributor;
import org.govcc.routing.QueuedCall;

/**
 * Callbacks on a sealed line, only with the caller's consent and in a window they chose as safe: during the call,
 * the complaint officer talking with the caller arranges it. The caller's number is used as the SIP edge sealed it at
 * the INVITE (nobody here sees it); the callback is a new anonymous call of the line, waiting in the queue the call
 * came from until its window opens, dialled withheld, given up when the window closes. Each arrangement is audited
 * (who, when, from which call, the window), and so is a refusal by the line.
 */
@ApplicationScoped
public class SafeCallbacks {

    /** The shortest window: a caller needs some margin to be where it is safe. */
    static final Duration SHORTEST = Duration.ofMinutes(15);
    /** The longest window: a safe time is a time, not a day. */
    static final Duration LONGEST = Duration.ofHours(12);
    /** How far ahead a window may start. */
    static final Duration FURTHEST = Duration.ofDays(14);

    /**
     * What was arranged.
     *
     * @param callback the callback's call
     * @param from when it may be dialled from
     * @param until until when
     */
    public record Arranged(CallId callback, Instant from, Instant until) {
    }

    @Inject
    DeskService desk;

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    LineConfiguration configuration;

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    /**
     * Arranges the callback the caller of {@code call}, the call officer {@code user} is talking on, consented to.
     *
     * @param from the window's start: an ISO date-time with offset, or local to the line's time zone
     * @param until its end, likewise
     * @throws ComplaintProblem for a missing consent, a bad window (400), a call of a line that is not sealed or a
     *     caller who withheld their number (422), a line without a trunk or a callback the line refuses (409);
     *     nothing is arranged then
     * @throws org.govcc.reference.desk.DeskRefusal if the user is no agent (403) or not talking on {@code call} (409)
     */
    public Arranged arrange(String user, String call, String from, String until, Boolean consent) {
        if (!Boolean.TRUE.equals(consent)) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "consent", "a callback is arranged only when"
                    + " the caller consents to it: consent must be true");
        }
        CallbackWindow window = window(from, until);
        CallId origin = callId(call);
        DeskService.CallInHand inHand = desk.callInHand(user);
        if (!inHand.call().id().equals(origin)) {
            throw new ComplaintProblem(ComplaintProblem.Kind.CONFLICT, "call", "call " + call + " is not the call"
                    + " you are talking on");
        }
        Call original = inHand.call();
        if (configuration.policyOf(original.line()).keepCallerNumber()) {
            throw new ComplaintProblem(ComplaintProblem.Kind.UNPROCESSABLE, "call", "call " + call + " is not on a"
                    + " sealed line: its callbacks are the IVR's");
        }
        if (configuration.trunk().isEmpty()) {
            throw new ComplaintProblem(ComplaintProblem.Kind.CONFLICT, "call", "the line has no outbound trunk: it"
                    + " cannot call anyone back");
        }
        SealedNumber sealed = lifecycle.line().sealedCallerOf(origin).orElseThrow(() -> new ComplaintProblem(
                ComplaintProblem.Kind.UNPROCESSABLE, "call", "the caller withheld their number: they cannot be"
                        + " called back (give them the line's number to call again)"));
        Instant now = clock.instant();
        CallId callback = new CallId("cb-" + UUID.randomUUID());
        Call outbound = Call.inbound(callback, original.line(), CallerId.anonymous(), original.language(), now);
        CallDistributor distributor = lifecycle.line().distributor();
        String why = "a callback the caller of call " + origin.value() + " consented to, between " + window.from()
                + " and " + window.until();
        trail.append(user, Roles.COMPLAINT_OFFICER, AuditAction.ARRANGE, AuditSubject.of("call", callback.value()),
                why);
        Admission admission = distributor.scheduleCallback(QueuedCall.of(outbound, inHand.queue(),
                distributor.priorityOf(inHand.queue())), sealed, window, now, false);
        if (admission instanceof Admission.Refused refused) {
            trail.append(user, Roles.COMPLAINT_OFFICER, AuditAction.REFUSED, AuditSubject.of("call", callback.value()),
                    "the line refused " + why + ": " + refused.reason());
            throw new ComplaintProblem(ComplaintProblem.Kind.CONFLICT, "call", "the line cannot take the callback: "
                    + refused.reason());
        }
        return new Arranged(callback, window.from(), window.until());
    }

    /** The window {@code from}-{@code until}; one that starts in the past starts now. */
    private CallbackWindow window(String from, String until) {
        ZoneId zone = configuration.calendar().zone();
        Instant now = clock.instant();
        Instant start = instant(from, "from", zone);
        Instant end = instant(until, "until", zone);
        if (start.isBefore(now)) {
            start = now;
        }
        if (start.isAfter(now.plus(FURTHEST))) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "from", "a callback window starts within "
                    + FURTHEST.toDays() + " days");
        }
        if (Duration.between(start, end).compareTo(SHORTEST) < 0) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "until", "a callback window ends at least "
                    + SHORTEST.toMinutes() + " minutes after it starts (and after now)");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "until", "a callback window lasts at most "
                    + LONGEST.toHours() + " hours: ask the caller for a safe time, not a day");
        }
        return new CallbackWindow(start, end);
    }

    private static Instant instant(String text, String field, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, field, field + " is required: a date and time"
                    + " such as 2026-12-25T18:00 (the line's time zone) or 2026-12-25T18:00+02:00");
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, field, "'" + text + "' is not a date and"
                        + " time such as 2026-12-25T18:00 or 2026-12-25T18:00+02:00");
            }
        }
    }

    private static CallId callId(String call) {
        try {
            return new CallId(call == null ? "" : call);
        } catch (IllegalArgumentException e) {
            throw new ComplaintProblem(ComplaintProblem.Kind.INVALID, "call", "call is required: the id of the call"
                    + " you are talking on");
        }
    }
}
