package org.govcc.reference.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.citizen.Afm;
import org.govcc.api.citizen.Amka;
import org.govcc.api.citizen.CitizenIdentifier;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.cdi.CallRecordsService;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.rest.requests.RequestService;

/**
 * Builds the screen pop of an offered call from what the line's events told ({@link CallsInHand}), the
 * configuration, the call records and the citizen's requests. On a line that keeps no caller number nothing of the
 * caller is shown: no number, no identifier, no earlier call or request. Stateless apart from its collaborators; thread-safe.
 */
final class ScreenPops {

    /** How many earlier calls the pop lists. */
    static final int EARLIER_CALLS = 5;

    /** How many of the citizen's open requests the pop lists. */
    static final int OPEN_REQUESTS = 10;

    private final LineConfiguration configuration;
    private final CallsInHand calls;
    private final CallRecordsService records;
    private final RequestService requests;
    private final Clock clock;

    ScreenPops(LineConfiguration configuration, CallsInHand calls, CallRecordsService records,
               RequestService requests, Clock clock) {
        this.configuration = configuration;
        this.calls = calls;
        this.records = records;
        this.requests = requests;
        this.clock = clock;
    }

    /** Returns the pop of {@code call}, offered to {@code agent} from {@code queue}. */
    ScreenPop of(CallId call, QueueId queue, AgentProfile agent) {
        CallsInHand.Known known = calls.of(call);
        Optional<Call> arrival = known.call();
        String line = arrival.map(c -> c.line().value()).orElse(null);
        boolean confidential = arrival.map(c -> !configuration.policyOf(c.line()).keepCallerNumber()).orElse(true);
        // The topic of the queue the call is offered from: after a transfer to another topic's queue, that topic.
        Optional<TopicId> topicId = configuration.queueOfTopic().entrySet().stream()
                .filter(e -> e.getValue().equals(queue)).map(Map.Entry::getKey).findFirst().or(known::topic);
        ScreenPop.Named topic = topicId.flatMap(t -> configuration.topics().stream()
                .filter(x -> x.id().equals(t)).findFirst())
                .map(t -> new ScreenPop.Named(t.id().value(), DeskService.names(t.names()))).orElse(null);
        ScreenPop.Named body = topicId.map(configuration.topicBodies()::get)
                .flatMap(b -> configuration.bodies().stream().filter(x -> x.id().equals(b)).findFirst())
                .map(b -> new ScreenPop.Named(b.id().value(), DeskService.names(b.names()))).orElse(null);
        String language = known.variables().get("language")
                .orElseGet(() -> arrival.map(c -> c.language().code()).orElse(null));
        long waited = known.queuedAt().map(at -> Math.max(0, Duration.between(at, clock.instant()).toSeconds()))
                .orElse(0L);
        List<ScreenPop.Identifier> identifiers = new ArrayList<>();
        String number = null;
        List<ScreenPop.EarlierCall> earlier = List.of();
        List<ScreenPop.OpenRequest> open = List.of();
        if (!confidential) {
            known.variables().get("amka").ifPresent(d -> identifiers.add(new ScreenPop.Identifier("amka", d,
                    Amka.isValid(d))));
            known.variables().get("afm").ifPresent(d -> identifiers.add(new ScreenPop.Identifier("afm", d,
                    Afm.isValid(d))));
            Optional<PhoneNumber> caller = arrival.flatMap(c -> c.caller().number());
            number = caller.map(PhoneNumber::digits).orElse(null);
            earlier = caller.map(n -> earlierCalls(n, arrival.get())).orElse(List.of());
            open = citizen(known).map(c -> openRequests(agent, c)).orElse(List.of());
        }
        return new ScreenPop(call.value(), line, confidential, topic, body, language, waited, known.callback(),
                List.copyOf(identifiers), number, earlier, open);
    }

    /** The citizen the IVR identified: a valid AMKA first, else a valid AFM. */
    private static Optional<CitizenIdentifier> citizen(CallsInHand.Known known) {
        Optional<CitizenIdentifier> amka = known.variables().get("amka").filter(Amka::isValid).map(Amka::new);
        return amka.isPresent() ? amka : known.variables().get("afm").filter(Afm::isValid).map(Afm::new);
    }

    private List<ScreenPop.OpenRequest> openRequests(AgentProfile agent, CitizenIdentifier citizen) {
        return requests.openFor(agent, citizen, OPEN_REQUESTS).stream().map(r -> new ScreenPop.OpenRequest(r.id(),
                r.reference(), r.topic(), r.status().name(), r.dueAt().toString(), r.breached())).toList();
    }

    private List<ScreenPop.EarlierCall> earlierCalls(PhoneNumber number, Call call) {
        List<ScreenPop.EarlierCall> list = new ArrayList<>();
        for (CallRecord r : records.byCaller(number, call.arrivedAt(), EARLIER_CALLS)) {
            list.add(new ScreenPop.EarlierCall(r.call().value(), r.firstSeen().toString(),
                    r.queue().map(QueueId::value).orElse(null), r.agent().map(a -> a.value()).orElse(null),
                    r.work().wrapUpCode().orElse(null)));
        }
        return list;
    }
}
