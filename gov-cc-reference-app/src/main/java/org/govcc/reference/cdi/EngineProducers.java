package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.reference.config.ConfigurationLoader;
import org.govcc.reference.config.ConfigurationSource;
import org.govcc.reference.config.InvalidConfigurationException;
import org.govcc.reference.config.LineConfiguration;

/** Produces the line's configuration and the engines configured from it. */
@ApplicationScoped
public class EngineProducers {

    private static final Logger LOG = Logger.getLogger(EngineProducers.class.getName());

    /** System property: an ISO-8601 instant the line's clock starts at (it then ticks in real time). For tests. */
    public static final String CLOCK_START = "govcc.clock.start";

    /**
     * The wall clock, or, with {@value #CLOCK_START}, a clock that starts at that instant and ticks with the wall
     * clock, so that a test can run the whole line at 03:00 on a public holiday.
     *
     * @throws IllegalArgumentException naming the property when its value is not an instant (the deployment fails)
     */
    @Produces
    @ApplicationScoped
    Clock clock() {
        String start = System.getProperty(CLOCK_START, "").strip();
        if (start.isEmpty()) {
            return Clock.systemUTC();
        }
        Instant at;
        try {
            at = Instant.parse(start);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("-D" + CLOCK_START + " must be an ISO-8601 instant such as"
                    + " 2026-12-25T01:00:00Z, but was '" + start + "'", e);
        }
        LOG.warning(() -> "the line's clock starts at " + at + " (-D" + CLOCK_START + "), not at the real time:"
                + " for tests only");
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), at));
    }

    /**
     * The line's configuration: the directory named by {@code -Dgovcc.config}, or the WAR's default (the Ministry
     * of Labour's line). Singleton rather than application-scoped: a record cannot be proxied. A configuration
     * with problems fails the deployment with every problem in the message, logged here in full as well.
     */
    @Produces
    @Singleton
    LineConfiguration configuration() {
        ConfigurationSource source = ConfigurationSource.fromSystemProperty(EngineProducers.class.getClassLoader());
        try {
            LineConfiguration configuration = ConfigurationLoader.load(source);
            LOG.info("gov-cc line configuration loaded from " + configuration.source() + ": "
                    + configuration.lines().size() + " lines, " + configuration.topics().size() + " topics, "
                    + configuration.distributor().queues().size() + " queues, " + configuration.roster().size()
                    + " agents, " + configuration.flows().ids().size() + " flows"
                    + configuration.trunk().map(t -> ", trunk " + t.hostPort()).orElse(", no trunk"));
            return configuration;
        } catch (InvalidConfigurationException e) {
            LOG.severe("gov-cc refuses to start the line: " + e.getMessage());
            throw e;
        }
    }

    /** The line's service calendar (immutable, shared). */
    @Produces
    @ApplicationScoped
    ServiceSchedule serviceSchedule(LineConfiguration configuration) {
        return configuration.calendar();
    }
}
