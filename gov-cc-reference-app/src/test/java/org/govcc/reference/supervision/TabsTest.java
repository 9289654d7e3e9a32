package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.Test;

/** Every open tab gets each event; a tab that is gone is dropped at the first send that finds it so. */
class TabsTest {

    /** A stream the test controls: it counts what it was sent, and fails or is closed when told to. */
    private static final class FakeSink implements SseEventSink {
        int sent;
        boolean closed;
        boolean failing;
        boolean throwing;

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public CompletionStage<?> send(OutboundSseEvent event) {
            if (throwing) {
                throw new IllegalStateException("the response is gone");
            }
            sent++;
            return failing ? CompletableFuture.failedFuture(new java.io.IOException("broken pipe"))
                    : CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private final Tabs tabs = new Tabs();

    @Test
    void everyTabGetsEachEvent() {
        FakeSink first = new FakeSink();
        FakeSink second = new FakeSink();
        tabs.add(first, "s1");
        tabs.add(second, null);

        tabs.sendAll(null);
        tabs.sendAll(null);

        assertThat(first.sent).isEqualTo(2);
        assertThat(second.sent).isEqualTo(2);
        assertThat(tabs.size()).isEqualTo(2);
    }

    @Test
    void aTabWhoseSendFailsOrThrowsOrThatIsClosedIsDroppedAndTheOthersStay() {
        FakeSink failing = new FakeSink();
        failing.failing = true;
        FakeSink throwing = new FakeSink();
        throwing.throwing = true;
        FakeSink closed = new FakeSink();
        closed.closed = true;
        FakeSink alive = new FakeSink();
        for (FakeSink sink : new FakeSink[] {failing, throwing, closed, alive}) {
            tabs.add(sink, null);
        }

        tabs.sendAll(null);

        assertThat(tabs.size()).isEqualTo(1);
        assertThat(failing.closed).as("closed on the server's side too").isTrue();
        assertThat(throwing.closed).isTrue();
        tabs.sendAll(null);
        assertThat(alive.sent).isEqualTo(2);
        assertThat(failing.sent).as("not sent to again").isEqualTo(1);
    }

    @Test
    void theTabsOfASessionThatEndedAreClosedAndARenamedSessionKeepsItsTabs() {
        FakeSink renamed = new FakeSink();
        FakeSink other = new FakeSink();
        tabs.add(renamed, "before");
        tabs.add(other, "s2");
        tabs.sessionRenamed("before", "after");

        tabs.sessionEnded("before");
        assertThat(renamed.closed).isFalse();
        tabs.sessionEnded("after");

        assertThat(renamed.closed).isTrue();
        assertThat(other.closed).isFalse();
        assertThat(tabs.size()).isEqualTo(1);
    }
}
