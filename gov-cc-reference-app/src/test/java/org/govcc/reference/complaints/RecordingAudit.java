package org.govcc.reference.complaints;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.govcc.api.complaint.ComplaintId;

/** The audit as a list, for unit tests. */
final class RecordingAudit implements ComplaintAudit {

    /** One entry. */
    record Entry(String actor, ComplaintAction action, Optional<ComplaintId> complaint, String detail) {
    }

    final List<Entry> entries = new ArrayList<>();

    @Override
    public void record(String actor, ComplaintAction action, Optional<ComplaintId> complaint, String detail) {
        entries.add(new Entry(actor, action, complaint, detail));
    }

    @Override
    public void refusal(String actor, Optional<ComplaintId> complaint, String detail) {
        entries.add(new Entry(actor, ComplaintAction.REFUSE, complaint, detail));
    }
}
