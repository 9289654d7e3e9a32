package org.govcc.sip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.Supplier;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.media.MediaEngine;

/** What every line IT does after its calls: check that nothing is left behind, and stop the line in order. */
public final class LineTeardown {

    private static final Duration SETTLE = Duration.ofSeconds(10);

    private LineTeardown() {
    }

    /**
     * Asserts that, within 10 s, the line holds no call, session mapping, RTP port or timer, and the container no
     * SIP application session. {@code context} is added to the failure message (e.g. the events seen).
     */
    public static void assertNothingLeftBehind(GovCcSipApplication app, EmbeddedSipContainer container,
                                               Supplier<String> context) {
        assertThat(Eventually.holds(() -> app.resources().isIdle(), SETTLE))
                .as("line resources left: %s; %s", app.resources(), context.get()).isTrue();
        assertThat(Eventually.holds(() -> container.activeSipApplicationSessions() == 0, SETTLE))
                .as("SIP application sessions left in the container: %d; %s",
                        container.activeSipApplicationSessions(), context.get()).isTrue();
    }

    /** Stops the container, then the application, then the media engine; any of them may be null (start failed). */
    public static void stop(EmbeddedSipContainer container, GovCcSipApplication app, MediaEngine media) {
        if (container != null) {
            container.stop();
        }
        if (app != null) {
            app.close();
        }
        if (media != null) {
            media.close();
        }
    }
}
