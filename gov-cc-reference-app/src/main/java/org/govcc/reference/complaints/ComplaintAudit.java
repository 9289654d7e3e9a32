package org.govcc.reference.complaints;

import java.util.Optional;
import org.govcc.api.complaint.ComplaintId;

/**
 * Where every read, change, export and refusal of a complaint is recorded: the deployment's tamper-evident audit
 * trail ({@link TrailComplaintAudit}); tests give their own. The entry joins the caller's transaction, so a change
 * and its entry are written together, except {@link #refusal}, which must outlive the refused request's rollback.
 */
public interface ComplaintAudit {

    /** The role of an audit entry for {@code actor}: their roles, sorted and joined by {@code ,}, or {@code none}. */
    static String role(org.govcc.api.cases.Actor actor) {
        String roles = String.join(",", new java.util.TreeSet<>(actor.roles()));
        return roles.isEmpty() ? "none" : roles;
    }

    /**
     * Records that {@code user}, acting in {@code role} (their roles joined by {@code ,}), did {@code action}.
     *
     * @param complaint the complaint concerned, if one
     * @param detail what else an auditor needs (never a complaint's content): e.g. the new status, a count
     */
    void record(String user, String role, ComplaintAction action, Optional<ComplaintId> complaint, String detail);

    /**
     * Records that {@code user} was refused, in a transaction of its own, so that it stays when the refused request
     * rolls back.
     */
    void refusal(String user, String role, Optional<ComplaintId> complaint, String detail);
}
