package org.govcc.reference.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditEntry;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.config.LineConfiguration;

/**
 * The deployment's {@link ComplaintAudit}: entries of the line's hash-chained {@link AuditTrail}, about
 * {@code complaint K<n>} (or {@code complaints list}/{@code complaints api} for a list or a refusal that names none),
 * kept for the audit's retention of {@code retention.json}. Thread-safe.
 */
@ApplicationScoped
public class TrailComplaintAudit implements ComplaintAudit {

    /** The subject type of complaint entries. */
    public static final String SUBJECT = "complaint";

    @Inject
    AuditTrail trail;

    @Inject
    Clock clock;

    @Inject
    LineConfiguration configuration;

    @Override
    @Transactional
    public void record(String user, String role, ComplaintAction action, Optional<ComplaintId> complaint,
                       String detail) {
        trail.append(entry(user, role, action, complaint, detail));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refusal(String user, String role, Optional<ComplaintId> complaint, String detail) {
        trail.append(entry(user, role, ComplaintAction.REFUSE, complaint, detail));
    }

    private AuditEntry entry(String user, String role, ComplaintAction action, Optional<ComplaintId> complaint,
                             String detail) {
        Instant at = clock.instant();
        AuditSubject subject = complaint.map(c -> AuditSubject.of(SUBJECT, c.value()))
                .orElse(AuditSubject.of("complaints", action == ComplaintAction.LIST ? "list" : "api"));
        String reason = action + (detail.isBlank() ? "" : ": " + detail);
        if (reason.length() > AuditEntry.MAX_REASON) {
            reason = reason.substring(0, AuditEntry.MAX_REASON - 1) + "…";
        }
        return new AuditEntry(user, role, at, kind(action), subject, reason,
                at.plus(configuration.retention().audit()));
    }

    /** The trail's kind of act for each of the complaints' actions. */
    static AuditAction kind(ComplaintAction action) {
        switch (action) {
            case CREATE:
                return AuditAction.CREATE;
            case READ:
            case LIST:
                return AuditAction.READ;
            case EXPORT:
                return AuditAction.EXPORT;
            case REFUSE:
                return AuditAction.REFUSED;
            default:
                return AuditAction.CHANGE;
        }
    }
}
