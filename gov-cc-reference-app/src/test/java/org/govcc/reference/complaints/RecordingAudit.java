package org.govcc.reference.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.complaint.ComplaintId;

/** The audit as a list, for unit tests. */
final class RecordingAudit implements ComplaintAudit {

    /** One entry. */
    record Entry(String actor, String role, ComplaintAction action, Optional<ComplaintId> complaint, String detail) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(String actor, String role, ComplaintAction action, Optional<ComplaintId> complaint,
                       String detail) {
        entries.add(new Entry(actor, role, action, complaint, detail));
    }

    @Override
    public void refusal(String actor, String role, Optional<ComplaintId> complaint, String detail) {
        entries.add(new Entry(actor, role, ComplaintAction.REFUSE, complaint, detail));
    }
}
