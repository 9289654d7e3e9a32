package org.govcc.reference.cdi;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.govcc.api.call.LineId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.ServiceLine;

/**
 * Erases call records once their line's retention (its confidentiality policy) has passed: a minute after
 * deployment, then every hour. A failed run is logged and the next one tries again.
 */
@ApplicationScoped
public class CallRecordRetention {

    private static final Logger LOG = Logger.getLogger(CallRecordRetention.class.getName());

    private Map<LineId, Duration> retention;
    private ScheduledFuture<?> erasing;

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Inject
    CallRecordsService records;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        retention = configuration.lines().stream()
                .collect(Collectors.toMap(ServiceLine::id, l -> l.policy().retention()));
        erasing = scheduler.scheduleWithFixedDelay(this::eraseExpired, 1, 60, TimeUnit.MINUTES);
    }

    @PreDestroy
    void stop() {
        if (erasing != null) {
            erasing.cancel(false);
        }
    }

    private void eraseExpired() {
        try {
            int erased = records.eraseExpired(retention, clock.instant());
            if (erased > 0) {
                LOG.info(() -> "call records: erased " + erased + " past their line's retention");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "call records: the retention run failed; the next one tries again", e);
        }
    }
}
