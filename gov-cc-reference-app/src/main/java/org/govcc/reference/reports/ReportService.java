package org.govcc.reference.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.govcc.reference.config.LineConfiguration;

/** The reports from the server's database, each in one JTA transaction. Thread-safe (a bean per application). */
@ApplicationScoped
public class ReportService {

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    LineConfiguration configuration;

    @Inject
    Clock clock;

    /** Returns the report {@code request} asks for; the states agents are in now count until now. */
    @Transactional
    public ReportView report(ReportRequest request) {
        return new ReportMaker(configuration, new JpaReports(em)).make(request, clock.instant());
    }
}
