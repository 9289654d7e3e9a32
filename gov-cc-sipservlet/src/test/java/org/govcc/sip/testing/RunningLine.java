package org.govcc.sip.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.govcc.sip.GovCcSipApplication;
import org.govcc.sip.container.EmbeddedSipContainer;
import org.govcc.sip.container.SipContainerSettings;
import org.govcc.sip.media.MediaEngine;
import org.govcc.sip.media.MediaSettings;

/**
 * A gov-cc line running for an IT on 127.0.0.1: a media engine, the application built on it, and the embedded
 * Restcomm container serving it on a free SIP port. What every line IT does around its calls lives here: start, the
 * leak check after each test, and the ordered stop.
 */
public final class RunningLine implements AutoCloseable {

    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final int sipPort;
    private final MediaEngine media;
    private final GovCcSipApplication app;
    private final EmbeddedSipContainer container;

    private RunningLine(int sipPort, MediaEngine media, GovCcSipApplication app, EmbeddedSipContainer container) {
        this.sipPort = sipPort;
        this.media = media;
        this.app = app;
        this.container = container;
    }

    /** Starts a line with the container's default settings (UDP and TCP) on a free port. */
    public static RunningLine start(MediaSettings mediaSettings,
                                    Function<MediaEngine, GovCcSipApplication> application) throws IOException {
        return start(mediaSettings, application, UnaryOperator.identity());
    }

    /**
     * Installs sipp if it is missing, then starts the media engine, the application that {@code application} builds
     * on it, and a container for it on a free port; {@code containerSettings} may change the container's settings
     * (e.g. its transports). Whatever started is stopped again when a later part fails.
     */
    public static RunningLine start(MediaSettings mediaSettings,
                                    Function<MediaEngine, GovCcSipApplication> application,
                                    UnaryOperator<SipContainerSettings> containerSettings) throws IOException {
        Sipp.ensureInstalled();
        int port = Ports.free();
        MediaEngine media = new MediaEngine(mediaSettings);
        GovCcSipApplication app = null;
        EmbeddedSipContainer container = null;
        try {
            app = application.apply(media);
            container = new EmbeddedSipContainer(containerSettings.apply(SipContainerSettings.of("127.0.0.1", port)),
                    app.descriptor(), RunningLine.class.getClassLoader());
            container.start();
            return new RunningLine(port, media, app, container);
        } catch (RuntimeException | Error e) {
            stop(container, app, media);
            throw e;
        }
    }

    /** The port the container listens on, for UDP and TCP alike. */
    public int sipPort() {
        return sipPort;
    }

    /** The gov-cc SIP application. */
    public GovCcSipApplication app() {
        return app;
    }

    /** How many SIP application sessions the container holds right now. */
    public int sipApplicationSessions() {
        return container.activeSipApplicationSessions();
    }

    /**
     * Asserts that, within 10 s, the line holds no call, session mapping, RTP port or timer, and the container no
     * SIP application session. {@code context} is added to the failure message (e.g. the events seen).
     */
    public void assertNothingLeftBehind(Supplier<String> context) {
        assertThat(Eventually.holds(() -> app.resources().isIdle(), SETTLE))
                .as("line resources left: %s; %s", app.resources(), context.get()).isTrue();
        assertThat(Eventually.holds(() -> sipApplicationSessions() == 0, SETTLE))
                .as("SIP application sessions left in the container: %d; %s", sipApplicationSessions(),
                        context.get()).isTrue();
    }

    /** Stops the container, then the application, then the media engine. */
    @Override
    public void close() {
        stop(container, app, media);
    }

    private static void stop(EmbeddedSipContainer container, GovCcSipApplication app, MediaEngine media) {
        if (container != null) {
            container.stop();
        }
        if (app != null) {
            app.close();
        }
        media.close();
    }
}
