package org.govcc.reference.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.govcc.api.call.Call;
import org.govcc.api.call.CallId;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.event.CallCentreEvent;
import org.govcc.reference.line.ReferenceLine;
import org.govcc.reference.operations.DatabaseReadiness;
import org.govcc.reference.operations.LineMetrics;
import org.govcc.reference.operations.LineReadiness;
import org.govcc.reference.operations.RecorderLiveness;
import org.govcc.reference.persistence.CallEndCause;
import org.govcc.reference.persistence.CallRecord;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.sip.testing.Eventually;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The WAR's CDI wiring, checked inside the server with the real beans: the SIP line started by its lifecycle bean,
 * the call recorder writing to the server's database through its managed task and JTA, the metrics hearing events,
 * and the health checks discovered with their qualifiers.
 *
 * <p>The WAR's {@code beans.xml} says {@code bean-discovery-mode="annotated"}: this class, added to
 * {@code WEB-INF/classes} without a bean-defining annotation, is not a bean. Arquillian's CDI enricher fills its
 * {@code @Inject} fields through a non-contextual injection target, so injection works, but no interceptor
 * ({@code @Transactional}) or observer would apply to it: the test goes through the beans' own transactions, as the
 * line does.
 */
@ExtendWith(ArquillianExtension.class)
class WiringIT {

    /** A line id of this test's own, so that what it counts is only what it gave. */
    private static final LineId TEST_LINE = new LineId("wiring-it");

    /** The built WAR, plus this class and what it needs to run inside the server (AssertJ, the bounded wait). */
    @Deployment
    static WebArchive war() {
        return ReferenceWar.asBuilt()
                .addClasses(WiringIT.class, Eventually.class)
                .addAsLibraries(ReferenceWar.libraryOf(Assertions.class));
    }

    @Inject
    SipLineLifecycle lifecycle;

    @Inject
    CallRecorder recorder;

    @Inject
    CallRecordsService records;

    @Inject
    LineMetrics metrics;

    @Inject
    @Readiness
    Instance<HealthCheck> readiness;

    @Inject
    @Liveness
    Instance<HealthCheck> liveness;

    @Test
    void theLifecycleStartedTheSipLineOnTheConfiguredPort() throws Exception {
        ReferenceLine line = lifecycle.line();

        assertThat(line).as("the line SipLineLifecycle started at deployment").isNotNull();
        assertThat(line.sipListening()).isTrue();
        assertThat(line.settings().sipPort()).isEqualTo(Integer.getInteger("govcc.sip.port"));
        // Listening for real: its TCP port accepts a connection.
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(line.settings().bindAddress(), line.settings().sipPort()), 2_000);
            assertThat(socket.isConnected()).isTrue();
        }
    }

    @Test
    void theRecorderWritesAnEventItIsGivenToTheDatabase() {
        CallId id = new CallId("wiring-it-" + UUID.randomUUID());
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        assertThat(records.find(id)).isEmpty();

        recorder.onEvent(new CallCentreEvent.CallArrived(at, Call.inbound(id, TEST_LINE, CallerId.anonymous(),
                Language.GREEK, at)));
        recorder.onEvent(new CallCentreEvent.CallEnded(at.plusSeconds(3), id, "caller hung up"));

        // The recorder only queues; its managed task writes every half second.
        List<Optional<CallRecord>> found = new ArrayList<>(List.of(Optional.empty()));
        assertThat(Eventually.holds(() -> {
            found.set(0, records.find(id));
            return found.get(0).flatMap(CallRecord::endedAt).isPresent();
        }, Duration.ofSeconds(10))).as("record of %s in the database: %s", id, found.get(0)).isTrue();
        CallRecord record = found.get(0).orElseThrow();
        assertThat(record.line()).contains(TEST_LINE);
        assertThat(record.firstSeen()).isEqualTo(at);
        assertThat(record.endedAt()).contains(at.plusSeconds(3));
        assertThat(record.endCause()).contains(CallEndCause.ENDED);
        assertThat(recorder.pending()).isZero();
    }

    @Test
    void theMetricsCountACallInProgressFromItsArrivalToItsEnd() {
        CallId id = new CallId("wiring-it-" + UUID.randomUUID());
        LineId line = new LineId("wiring-it-" + UUID.randomUUID());
        Instant at = Instant.now();
        assertThat(callsInProgress(line)).isEmpty();

        metrics.onEvent(new CallCentreEvent.CallArrived(at, Call.inbound(id, line, CallerId.anonymous(),
                Language.ENGLISH, at)));
        assertThat(callsInProgress(line)).contains(1.0);

        metrics.onEvent(new CallCentreEvent.CallEnded(at.plusSeconds(1), id, "caller hung up"));
        assertThat(callsInProgress(line)).contains(0.0);
    }

    @Test
    void theHealthChecksAreDiscoveredWithTheirQualifiersAndAnswerUp() {
        assertThat(namesAndStates(readiness)).contains(LineReadiness.NAME + "=UP", DatabaseReadiness.NAME + "=UP");
        assertThat(namesAndStates(liveness)).contains(RecorderLiveness.NAME + "=UP");
    }

    private static List<String> namesAndStates(Instance<HealthCheck> checks) {
        List<String> result = new ArrayList<>();
        for (HealthCheck check : checks) {
            HealthCheckResponse response = check.call();
            result.add(response.getName() + "=" + response.getStatus());
        }
        return result;
    }

    private Optional<Double> callsInProgress(LineId line) {
        Matcher m = Pattern.compile("(?m)^govcc_calls_in_progress\\{[^}]*line=\"" + Pattern.quote(line.value())
                + "\"[^}]*\\} ([0-9.eE+-]+)$").matcher(metrics.scrape());
        return m.find() ? Optional.of(Double.parseDouble(m.group(1))) : Optional.empty();
    }
}
