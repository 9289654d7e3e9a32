package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.govcc.api.complaint.ConfidentialityPolicy;

/**
 * Reads the optional {@code retention.json} and checks it against the lines: an audit entry must outlive the records
 * it accounts for, so the audit's retention is at least every line's and the complaints'. Problems go to the file.
 * The standard lines take {@code callRecords.retentionDays} as their retention ({@link #applyTo}).
 */
final class RetentionReader {

    private RetentionReader() {
    }

    /**
     * Returns the retention settings.
     *
     * @param file the schema-checked {@code retention.json}
     * @param lines the lines of {@code lines.json} that could be read
     */
    static RetentionConfig read(JsonFile file, List<ServiceLine> lines) {
        JsonNode root = file.root();
        LocalTime purgeAt = root.has("purgeAt") ? LocalTime.parse(root.get("purgeAt").asText())
                : RetentionConfig.DEFAULT_PURGE_AT;
        Optional<Duration> callRecords = days(root.path("callRecords"));
        Optional<Duration> complaints = days(root.path("complaints"));
        Duration audit = days(root.path("audit")).orElse(RetentionConfig.DEFAULT_AUDIT);
        String at = root.path("audit").has("retentionDays") ? "/audit/retentionDays" : "/audit";
        complaints.filter(c -> c.compareTo(audit) > 0).ifPresent(c -> file.problem(at, "audit entries are kept "
                + audit.toDays() + " days, less than the complaints they account for (" + c.toDays() + " days):"
                + " the audit's retentionDays must be at least " + c.toDays()));
        for (ServiceLine line : applyTo(lines, callRecords)) {
            Duration kept = line.policy().retention();
            if (kept.compareTo(audit) > 0) {
                file.problem(at, "audit entries are kept " + audit.toDays() + " days, less than the records of line '"
                        + line.id() + "' (" + kept.toDays() + " days, " + (line.policy().readerRoles().isEmpty()
                        ? "retention.json's callRecords" : "lines.json") + "): the audit's retentionDays must be"
                        + " at least " + kept.toDays());
            }
        }
        return new RetentionConfig(purgeAt, callRecords, complaints, audit, basis(root.path("callRecords")),
                basis(root.path("complaints")), basis(root.path("audit")));
    }

    /** Returns {@code lines} with the standard ones kept {@code callRecords}, when given. */
    static List<ServiceLine> applyTo(List<ServiceLine> lines, Optional<Duration> callRecords) {
        if (callRecords.isEmpty()) {
            return lines;
        }
        return lines.stream().map(l -> !l.policy().readerRoles().isEmpty() ? l : new ServiceLine(l.id(), l.number(),
                l.names(), l.flow(), l.schedule(), ConfidentialityPolicy.standard(callRecords.get()),
                l.admissionLimit(), l.duressCode())).toList();
    }

    private static Optional<Duration> days(JsonNode kind) {
        return kind.has("retentionDays") ? Optional.of(Duration.ofDays(kind.get("retentionDays").asLong()))
                : Optional.empty();
    }

    private static Optional<String> basis(JsonNode kind) {
        return kind.has("legalBasis") ? Optional.of(kind.get("legalBasis").asText()) : Optional.empty();
    }
}
