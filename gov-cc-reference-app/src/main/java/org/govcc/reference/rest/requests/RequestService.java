package org.govcc.reference.rest.requests;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseAccessDeniedException;
import org.govcc.api.cases.CaseId;
import org.govcc.api.cases.CasePage;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.cases.NewCase;
import org.govcc.api.cases.Referral;
import org.govcc.api.cases.StatusChange;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLine;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.persistence.JpaCallRecords;
import org.govcc.reference.persistence.JpaCaseStore;
import org.govcc.reference.persistence.JpaRequestKeys;
import org.govcc.reference.rest.Problem;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;

/**
 * The requests in the server's database, one JTA transaction per call: every check is made before anything is
 * written, and a refusal rolls back whatever was, so a refused request changes nothing. The one exception is the
 * audit of a refused access to a sealed request, which is kept ({@code dontRollbackOn}).
 */
@ApplicationScoped
public class RequestService {

    /** What a creation gave: the request, and whether it was made by an earlier try with the same key. */
    record Created(RequestView request, boolean replayed) {
    }

    /** Who asks when a citizen checks a request's status by phone. */
    private static final Actor PHONE = Actor.of("ivr-status-check", "ivr");

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Inject
    AuditTrail trail;

    /** Opens a request (or finds the one an earlier try with {@code key} opened); see {@link RequestsResource}. */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public Created create(Requester who, NewRequest in, Optional<String> key) {
        ServiceLine line = configuration.line(new LineId(in.line())).orElseThrow(() -> unprocessable("line",
                "unknown line '" + in.line() + "'; the configuration has " + configuration.numbers().values()));
        TopicId topic = new TopicId(in.topic());
        if (!configuration.topicBodies().containsKey(topic)) {
            throw unprocessable("topic", "unknown topic '" + in.topic() + "'; the configuration has "
                    + configuration.topicBodies().keySet());
        }
        boolean sealed = !line.policy().readerRoles().isEmpty();
        if (sealed && !line.policy().mayRead(who.actor().roles())) {
            throw new ProblemException(Problem.about(Status.FORBIDDEN, "line", "requests of line '" + line.id()
                    + "' are confidential: only " + line.policy().readerRoles() + " open them"));
        }
        if (!sealed) {
            who.requireWorks(topic, configuration, "topic");
        }
        if (in.amka() != null && in.afm() != null) {
            throw new ProblemException(Problem.about(Status.BAD_REQUEST, "afm",
                    "give the citizen's AMKA or AFM, not both: a request keeps one identifier"));
        }
        String fingerprint = fingerprint(in);
        JpaRequestKeys keys = new JpaRequestKeys(em);
        if (key.isPresent()) {
            Optional<Created> earlier = replay(who, key.get(), fingerprint, keys);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        JpaCallRecords calls = new JpaCallRecords(em);
        Optional<CallId> call = Optional.ofNullable(in.call()).map(CallId::new);
        call.ifPresent(c -> requireCallOn(calls, c, line));
        Optional<CitizenIdentifier> citizen = in.amka() != null ? Optional.of(new Amka(in.amka()))
                : Optional.ofNullable(in.afm()).map(Afm::new);
        JpaCaseStore store = store();
        CitizenCase opened = store.open(new NewCase(line.id(), topic, call, citizen, in.subject(), sealed),
                who.actor());
        CaseId id = opened.id();
        call.ifPresent(c -> calls.linkRequest(c, id));
        key.ifPresent(k -> keys.remember(who.actor(), k, fingerprint, id, clock.instant()));
        return new Created(view(in.note() == null ? opened : store.addNote(id, in.note(), who.actor())), false);
    }

    /** Returns the request an earlier creation with {@code key} made, if one did (after a lost race, for one). */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public Optional<Created> replay(Requester who, NewRequest in, String key) {
        return replay(who, key, fingerprint(in), new JpaRequestKeys(em));
    }

    /** Returns request {@code id} (404 if unknown, 403 if not this user's to read). */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public RequestView find(Requester who, String id) {
        return view(readable(who, id));
    }

    /** Returns request {@code id}'s history, oldest first. */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public List<RequestView.TransitionView> history(Requester who, String id) {
        return RequestView.history(readable(who, id));
    }

    /** Returns one page of the requests this user may read that match {@code search}. */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public RequestPage search(Requester who, RequestSearch search) {
        CasePage page = store().search(search.query(who.readableTopics(configuration), configuration), who.actor());
        return new RequestPage(page.cases().stream().map(this::view).toList(), page.total(), search.page(),
                search.size());
    }

    /**
     * Returns the citizen's requests that are not closed and that {@code agent} may read, newest first, at most
     * {@code limit}: what the agent's screen pop lists when the citizen calls.
     */
    @Transactional
    public List<RequestView> openFor(AgentProfile agent, CitizenIdentifier citizen, int limit) {
        Requester who = new Requester(Actor.of(agent.id().value(), Roles.AGENT), Optional.of(agent.organisation()));
        RequestSearch search = new RequestSearch(Optional.of(citizen), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), 0, limit);
        return search(who, search).requests().stream().filter(r -> r.status() != CaseStatus.CLOSED).toList();
    }

    /**
     * Returns the status of the request whose reference is {@code reference} and whose citizen is {@code amka}, for
     * the phone's status check; empty for any other (none with that reference, another citizen's, a sealed one:
     * the caller learns nothing but that).
     */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public Optional<CaseStatus> statusForCaller(String reference, Amka amka) {
        try {
            return store().findByReference(reference, PHONE).filter(c -> !c.sealed())
                    .filter(c -> c.citizen().filter(amka::equals).isPresent()).map(CitizenCase::status);
        } catch (CaseAccessDeniedException sealed) {
            return Optional.empty();
        }
    }

    /** Adds a note by this user to request {@code id}. */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public RequestView addNote(Requester who, String id, NewNote note) {
        CitizenCase request = readable(who, id);
        who.requireChange(request, configuration);
        return view(store().addNote(request.id(), note.text(), who.actor()));
    }

    /** Moves request {@code id} as {@code move} says, by this user; 409 naming {@code status} if it may not. */
    @Transactional(dontRollbackOn = CaseAccessDeniedException.class)
    public RequestView transition(Requester who, String id, NewTransition move) {
        CaseStatus to = status(move.status());
        Optional<Referral> referral = Optional.ofNullable(move.referral())
                .map(r -> new Referral(r.body(), r.reference()));
        if (referral.isPresent() != (to == CaseStatus.REFERRED)) {
            throw new ProblemException(Problem.about(Status.BAD_REQUEST, "referral", to == CaseStatus.REFERRED
                    ? "a move to REFERRED names the other body and its reference"
                    : "only a move to REFERRED names a referral, not a move to " + to));
        }
        CitizenCase request = readable(who, id);
        who.requireChange(request, configuration);
        if (!request.status().canMoveTo(to)) {
            throw new ProblemException(Problem.about(Status.CONFLICT, "status", "request " + request.id() + " is "
                    + request.status() + " and may not move to " + to + "; it may move to "
                    + request.status().next()));
        }
        return view(store().transition(request.id(), new StatusChange(to, move.reason(), referral), who.actor()));
    }

    private Optional<Created> replay(Requester who, String key, String fingerprint, JpaRequestKeys keys) {
        return keys.find(who.actor(), key).map(earlier -> {
            if (!earlier.fingerprint().equals(fingerprint)) {
                throw unprocessable("Idempotency-Key", "this Idempotency-Key made request " + earlier.request()
                        + " with another body; use a new key for a new request");
            }
            return new Created(view(store().find(earlier.request(), who.actor()).orElseThrow()), true);
        });
    }

    private static void requireCallOn(JpaCallRecords calls, CallId call, ServiceLine line) {
        CallRecord record = calls.find(call).orElseThrow(() -> unprocessable("call", "no record of call '"
                + call + "' (yet): give the call id the line reported, once the call has arrived"));
        if (!record.line().map(line.id()::equals).orElse(false)) {
            throw unprocessable("line", "call '" + call + "' came in on line " + record.line().map(Object::toString)
                    .orElse("(unknown)") + ", not on '" + line.id() + "'");
        }
    }

    private CitizenCase readable(Requester who, String id) {
        CitizenCase request = (id.matches("C[0-9]{1,18}") ? store().find(new CaseId(id), who.actor())
                : Optional.<CitizenCase>empty())
                .orElseThrow(() -> new ProblemException(Problem.about(Status.NOT_FOUND, "id", "no request " + id)));
        who.requireRead(request, configuration);
        return request;
    }

    private static CaseStatus status(String name) {
        try {
            return CaseStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.about(Status.BAD_REQUEST, "status", "unknown status '" + name
                    + "'; the statuses are " + List.of(CaseStatus.values())));
        }
    }

    private JpaCaseStore store() {
        return new JpaCaseStore(em, clock, configuration.calendar().zone(), policies(),
                configuration::resolutionTime, trail);
    }

    private Map<LineId, ConfidentialityPolicy> policies() {
        Map<LineId, ConfidentialityPolicy> policies = new HashMap<>();
        configuration.lines().forEach(l -> policies.put(l.id(), l.policy()));
        return policies;
    }

    private RequestView view(CitizenCase c) {
        return RequestView.of(c, configuration.topicBodies(), clock.instant());
    }

    private static String fingerprint(NewRequest in) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(in.canonical().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static ProblemException unprocessable(String field, String why) {
        return new ProblemException(new Problem("about:blank", "Unprocessable Content", 422, why, field));
    }
}
