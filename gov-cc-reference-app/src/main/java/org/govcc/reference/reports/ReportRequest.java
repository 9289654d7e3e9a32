package org.govcc.reference.reports;

import java.util.Optional;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.LineId;
import org.govcc.api.internal.Require;
import org.govcc.api.routing.TopicId;

/**
 * What a report is asked for: its period and granularity, which line, topic and body (none: all), and how each
 * bucket is broken down. Immutable; {@link ReportsResource} checks the values against the configuration.
 *
 * @param period the period and its buckets
 * @param line only this line's calls
 * @param topic only this topic's calls
 * @param body only this body's topics' calls, and its agents' time
 * @param by each bucket's figures also per topic, body or line
 */
public record ReportRequest(ReportPeriod period, Optional<LineId> line, Optional<TopicId> topic,
                            Optional<OrganisationId> body, Optional<Breakdown> by) {

    /** What each bucket can be broken down by. */
    public enum Breakdown {
        /** Per topic. */
        TOPIC,
        /** Per supervised body. */
        BODY,
        /** Per line. */
        LINE
    }

    /** Validates the values. */
    public ReportRequest {
        Require.nonNull(period, "period");
        Require.nonNull(line, "line");
        Require.nonNull(topic, "topic");
        Require.nonNull(body, "body");
        Require.nonNull(by, "by");
    }
}
