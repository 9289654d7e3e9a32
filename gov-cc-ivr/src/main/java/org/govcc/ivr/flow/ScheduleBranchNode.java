package org.govcc.ivr.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govcc.api.internal.Require;
import org.govcc.api.schedule.ScheduleId;

/**
 * Branches on opening hours. Sets the call variables {@code schedule.status} ({@code open}, {@code closed} or
 * {@code holiday}), and when closed {@code schedule.reason} ({@code outside_hours}, {@code public_holiday},
 * {@code extra_closure}), {@code schedule.occasion} (the holiday's or closure's English name) and
 * {@code schedule.nextOpening} (ISO-8601 instant), for the prompts that follow.
 *
 * @param schedule the opening hours consulted
 * @param open where to go when open
 * @param closed where to go outside hours, on other closures, and on holidays when {@code holiday} is absent
 * @param holiday where to go on a public holiday
 * @since 0.1
 */
public record ScheduleBranchNode(ScheduleId schedule, NodeId open, NodeId closed, Optional<NodeId> holiday)
        implements Node {

    /** Validates the values. */
    public ScheduleBranchNode {
        Require.nonNull(schedule, "schedule");
        Require.nonNull(open, "open");
        Require.nonNull(closed, "closed");
        Require.nonNull(holiday, "holiday");
    }

    @Override
    public String kind() {
        return "schedule";
    }

    @Override
    public List<Edge> edges() {
        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge("open", "open", open, false));
        edges.add(new Edge("closed", "closed", closed, false));
        holiday.ifPresent(h -> edges.add(new Edge("holiday", "holiday", h, false)));
        return List.copyOf(edges);
    }

    @Override
    public Map<String, List<PromptItem>> promptLists() {
        return Map.of();
    }

    @Override
    public <R> R accept(NodeVisitor<R> visitor) {
        return visitor.scheduleBranch(this);
    }
}
