package org.govcc.reference.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditEntry;
import org.govcc.reference.audit.AuditRecord;
import org.govcc.reference.audit.AuditRetention;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.complaints.ComplaintService;
import org.govcc.reference.complaints.JpaComplaints;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.RetentionConfig;
import org.govcc.reference.persistence.JpaCallRecords;

/**
 * One retention purge, in one JTA transaction: the call records past their line's retention, the closed complaints
 * past theirs, the audit entries past theirs (from the chain's start, so that the kept chain still verifies), and then
 * an audit entry of its own ({@code PURGE}, subject {@code retention purge}) saying which kinds and how many were
 * removed and on which legal basis. If anything fails, nothing is removed and nothing recorded.
 */
@ApplicationScoped
public class PurgeService {

    /** Who the purge's audit entry names. */
    public static final String ACTOR = "system:retention";

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    LineConfiguration configuration;

    @Inject
    ComplaintService complaints;

    @Inject
    AuditRetention auditRetention;

    @Inject
    AuditTrail trail;

    /** Removes what expired before {@code now} and records the purge; returns what it removed. */
    @Transactional
    public PurgeReport purge(Instant now) {
        int callRecords = new JpaCallRecords(em).eraseExpired(configuration.retentionByLine(), now);
        JpaComplaints.Purged purged = complaints.purgeExpired(now);
        int audit = auditRetention.purgeExpired(now);
        RetentionConfig retention = configuration.retention();
        PurgeReport report = new PurgeReport(now, callRecords, purged.complaints(), purged.notes(),
                purged.referrals(), audit, 0);
        AuditRecord entry = trail.append(new AuditEntry(ACTOR, "system", now, AuditAction.PURGE,
                AuditSubject.of("retention", "purge"), reason(report, retention), now.plus(retention.audit())));
        return new PurgeReport(now, callRecords, purged.complaints(), purged.notes(), purged.referrals(), audit,
                entry.sequence());
    }

    private static String reason(PurgeReport report, RetentionConfig retention) {
        List<String> bases = new ArrayList<>();
        retention.callRecordsBasis().ifPresent(b -> bases.add("call records: " + b));
        retention.complaintsBasis().ifPresent(b -> bases.add("complaints: " + b));
        retention.auditBasis().ifPresent(b -> bases.add("audit: " + b));
        String reason = report.describe() + (bases.isEmpty() ? "; no legal basis configured (retention.json)"
                : "; legal basis: " + String.join("; ", bases));
        return reason.length() <= AuditEntry.MAX_REASON ? reason
                : reason.substring(0, AuditEntry.MAX_REASON - 1) + "…";
    }
}
