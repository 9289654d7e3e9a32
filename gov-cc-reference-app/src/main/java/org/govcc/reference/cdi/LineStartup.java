package org.govcc.reference.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.govcc.api.schedule.ServiceSchedule;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLine;

/** Says, when the WAR starts, what the reference line serves and whether each line is open now. */
@ApplicationScoped
public class LineStartup {

    private static final Logger LOG = Logger.getLogger(LineStartup.class.getName());

    @Inject
    Clock clock;

    @Inject
    ServiceSchedule schedule;

    @Inject
    LineConfiguration configuration;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        StringBuilder report = new StringBuilder("gov-cc reference line started: HTTP status page and REST API "
                + "at /gov-cc/ and /gov-cc/api/lines, configuration " + configuration.source());
        for (ServiceLine line : configuration.lines()) {
            report.append("\n  line ").append(line.id()).append(" (dial ").append(line.number()).append("): ")
                    .append(schedule.statusAt(line.schedule(), clock.instant()));
        }
        LOG.info(report.toString());
    }
}
