package org.govcc.reference.rest.requests;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.CallId;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.Referral;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.routing.TopicId;

/**
 * A citizen request as the REST API answers it: with its due date, whether it is late, and the statuses it may move
 * to next.
 *
 * @param id the request's id
 * @param reference the reference the citizen is told
 * @param line the line it came in on
 * @param topic its topic
 * @param body the body that serves the topic
 * @param call the call it came from, or null
 * @param amka the citizen's AMKA, or null
 * @param afm the citizen's AFM, or null
 * @param subject the subject
 * @param sealed whether it is confidential
 * @param status the current status
 * @param next the statuses it may move to
 * @param referral where it is referred, while it is
 * @param openedAt when it was opened
 * @param dueAt when it is late unless done (calendar days of its topic)
 * @param breached whether it missed its due date (done late, or not done by now)
 * @param notes the notes, oldest first
 * @param history the status changes, oldest first
 */
@JsonbPropertyOrder({"id", "reference", "line", "topic", "body", "call", "amka", "afm", "subject", "sealed", "status",
    "next", "referral", "openedAt", "dueAt", "breached", "notes", "history"})
@JsonbNillable(false)
public record RequestView(String id, String reference, String line, String topic, String body, String call,
                          String amka, String afm, String subject, boolean sealed, CaseStatus status,
                          List<CaseStatus> next, ReferralView referral, Instant openedAt, Instant dueAt,
                          boolean breached, List<NoteView> notes, List<TransitionView> history) {

    /**
     * Another body and its reference.
     *
     * @param body the other body
     * @param reference its reference
     */
    public record ReferralView(String body, String reference) {
        static ReferralView of(Referral r) {
            return new ReferralView(r.body(), r.reference());
        }
    }

    /**
     * A note.
     *
     * @param author who wrote it
     * @param text what it says
     * @param at when
     */
    public record NoteView(String author, String text, Instant at) {
    }

    /**
     * A status change.
     *
     * @param from the status before, or null for the opening
     * @param to the status after
     * @param actor who made it
     * @param reason why
     * @param at when
     * @param referral the referral it made, if it was one
     */
    @JsonbNillable(false)
    public record TransitionView(CaseStatus from, CaseStatus to, String actor, String reason, Instant at,
                                 ReferralView referral) {
    }

    /** Returns the view of {@code c} at {@code now}, naming its topic's body from {@code topicBodies}. */
    static RequestView of(CitizenCase c, Map<TopicId, OrganisationId> topicBodies, Instant now) {
        OrganisationId body = topicBodies.get(c.topic());
        return new RequestView(c.id().value(), c.reference(), c.line().value(), c.topic().value(),
                body == null ? null : body.value(), c.call().map(CallId::value).orElse(null),
                c.citizen().filter(Amka.class::isInstance).map(a -> a.digits()).orElse(null),
                c.citizen().filter(Afm.class::isInstance).map(a -> a.digits()).orElse(null),
                c.subject(), c.sealed(), c.status(), List.copyOf(c.status().next()),
                c.referral().map(ReferralView::of).orElse(null), c.openedAt(), c.dueAt(), c.breachedAt(now),
                c.notes().stream().map(n -> new NoteView(n.author(), n.text(), n.at())).toList(),
                history(c));
    }

    static List<TransitionView> history(CitizenCase c) {
        return c.history().stream().map(t -> new TransitionView(t.from().orElse(null), t.to(), t.actor(),
                t.reason(), t.at(), t.referral().map(ReferralView::of).orElse(null))).toList();
    }
}
