package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
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

    /** The wall clock; tests replace it with a fixed one through an alternative. */
    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
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
