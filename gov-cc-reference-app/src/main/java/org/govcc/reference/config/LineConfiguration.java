package org.govcc.reference.config;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.ResolutionTime;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.complaint.DuressCode;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.Topic;
import org.govcc.api.routing.TopicId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.flow.QueueNode;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.schedule.ServiceCalendar;

/**
 * A line's whole configuration, loaded and cross-checked by {@link ConfigurationLoader}: what the engines are
 * built from. Immutable and thread-safe (the flow repository, catalogue and calendar are too).
 *
 * @param source where it was read from (a directory, or the WAR's default)
 * @param realm the SIP digest realm of the agents' phones
 * @param defaultLanguage the language a call starts in
 * @param admissionLimit the most simultaneous calls on all lines
 * @param lines the numbers the public dials
 * @param bodies the supervised bodies
 * @param topics the topics, in menu order
 * @param topicBodies the body behind each topic
 * @param calendar the service calendar
 * @param distributor the distributor's skills and queues
 * @param queueOfTopic the queue that takes each topic's calls
 * @param roster the agents
 * @param wrapUpCodes what agents may record when a call ends
 * @param trunk the outbound SIP trunk, if {@code trunk.json} exists
 * @param flows the IVR flows the lines run (and their sub-flows), validated
 * @param prompts the recorded prompts per language
 * @param resolutionTimes how long each topic's citizen requests may take
 * @param desk how agents work the line from their desktop ({@code agent-desk.json})
 * @param retention how long each kind of record is kept, and when the purge runs ({@code retention.json})
 * @param reports how the reports count ({@code reports.json})
 * @param wallboard when the supervisors' wallboard raises alerts ({@code wallboard.json})
 */
public record LineConfiguration(String source, String realm, Language defaultLanguage, int admissionLimit,
                                List<ServiceLine> lines, List<Body> bodies, List<Topic> topics,
                                Map<TopicId, OrganisationId> topicBodies, ServiceCalendar calendar,
                                DistributorConfig distributor, Map<TopicId, QueueId> queueOfTopic,
                                List<AgentProfile> roster, List<WrapUpCode> wrapUpCodes,
                                Optional<TrunkConfig> trunk, FlowRepository flows, IndexedPromptCatalogue prompts,
                                Map<TopicId, ResolutionTime> resolutionTimes, AgentDesk desk,
                                RetentionConfig retention, ReportSettings reports,
                                WallboardSettings wallboard) {

    /** Validates the values and freezes the collections. */
    public LineConfiguration {
        Require.nonBlank(source, "source");
        Require.nonBlank(realm, "realm");
        Require.nonNull(defaultLanguage, "defaultLanguage");
        Require.inRange(admissionLimit, 1, 1_000_000, "admissionLimit");
        lines = List.copyOf(Require.nonNull(lines, "lines"));
        bodies = List.copyOf(Require.nonNull(bodies, "bodies"));
        topics = List.copyOf(Require.nonNull(topics, "topics"));
        topicBodies = Map.copyOf(Require.nonNull(topicBodies, "topicBodies"));
        Require.nonNull(calendar, "calendar");
        Require.nonNull(distributor, "distributor");
        queueOfTopic = Map.copyOf(Require.nonNull(queueOfTopic, "queueOfTopic"));
        roster = List.copyOf(Require.nonNull(roster, "roster"));
        wrapUpCodes = List.copyOf(Require.nonNull(wrapUpCodes, "wrapUpCodes"));
        Require.nonNull(trunk, "trunk");
        Require.nonNull(flows, "flows");
        Require.nonNull(prompts, "prompts");
        Require.nonNull(desk, "desk");
        Require.nonNull(retention, "retention");
        Require.nonNull(reports, "reports");
        Require.nonNull(wallboard, "wallboard");
        resolutionTimes = Map.copyOf(Require.nonNull(resolutionTimes, "resolutionTimes"));
    }

    /**
     * Returns how long {@code topic}'s citizen requests may take.
     *
     * @throws IllegalArgumentException if the topic is not configured
     */
    public ResolutionTime resolutionTime(TopicId topic) {
        ResolutionTime time = resolutionTimes.get(topic);
        Require.that(time != null, "no topic '" + topic + "' in " + source);
        return time;
    }

    /** Returns the topics whose body is {@code body}. */
    public Set<TopicId> topicsOf(OrganisationId body) {
        Set<TopicId> of = new HashSet<>();
        topicBodies.forEach((topic, b) -> {
            if (b.equals(body)) {
                of.add(topic);
            }
        });
        return Set.copyOf(of);
    }

    /** Returns the lines with an admission limit of their own, capped at {@code edgeLimit}. */
    public Map<LineId, Integer> lineAdmissionLimits(int edgeLimit) {
        Map<LineId, Integer> limits = new HashMap<>();
        for (ServiceLine l : lines) {
            l.admissionLimit().ifPresent(limit -> limits.put(l.id(), Math.min(limit, edgeLimit)));
        }
        return Map.copyOf(limits);
    }

    /** Returns line {@code id}, if configured. */
    public Optional<ServiceLine> line(LineId id) {
        return lines.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /**
     * Returns the flow line {@code id} runs.
     *
     * @throws IllegalArgumentException if the line is not configured
     */
    public FlowId flowFor(LineId id) {
        return line(id).orElseThrow(() -> new IllegalArgumentException("no line '" + id + "' in " + source)).flow();
    }

    /**
     * Returns the queue that takes {@code topic}'s calls.
     *
     * @throws IllegalArgumentException if the topic has no queue
     */
    public QueueId queueFor(TopicId topic) {
        QueueId queue = queueOfTopic.get(topic);
        Require.that(queue != null, "no queue for topic '" + topic + "' in " + source);
        return queue;
    }

    /**
     * Returns the confidentiality policy of line {@code id}.
     *
     * @throws IllegalArgumentException if the line is not configured
     */
    public ConfidentialityPolicy policyOf(LineId id) {
        return line(id).orElseThrow(() -> new IllegalArgumentException("no line '" + id + "' in " + source)).policy();
    }

    /** Returns how long each line's records are kept (its confidentiality policy's retention). */
    public Map<LineId, java.time.Duration> retentionByLine() {
        Map<LineId, java.time.Duration> kept = new java.util.LinkedHashMap<>();
        lines.forEach(l -> kept.put(l.id(), l.policy().retention()));
        return kept;
    }

    /**
     * Returns the skills the queues of the confidential lines (those that keep no caller number) route to, their
     * overflow pools included: who holds one answers complaints. Only the queues a line's own flow names count.
     */
    public Set<SkillId> confidentialSkills() {
        Set<SkillId> skills = new HashSet<>();
        confidentialQueues().forEach(q -> skills.addAll(skillsOf(q)));
        return Set.copyOf(skills);
    }

    /** Returns the queues the flows of the confidential lines name. */
    public Set<QueueId> confidentialQueueIds() {
        Set<QueueId> ids = new HashSet<>();
        confidentialQueues().forEach(q -> ids.add(q.id()));
        return Set.copyOf(ids);
    }

    private List<QueueConfig> confidentialQueues() {
        Set<QueueId> named = new HashSet<>();
        for (ServiceLine line : lines) {
            if (line.policy().keepCallerNumber()) {
                continue;
            }
            flows.flow(line.flow()).ifPresent(flow -> flow.nodes().values().stream()
                    .filter(QueueNode.class::isInstance).map(node -> ((QueueNode) node).topic())
                    .map(queueOfTopic::get).filter(Objects::nonNull).forEach(named::add));
        }
        return distributor.queues().stream().filter(q -> named.contains(q.id())).toList();
    }

    /** The skills {@code queue} may offer its calls to: its requirements and its overflow steps' targets. */
    static Set<SkillId> skillsOf(QueueConfig queue) {
        Set<SkillId> skills = new HashSet<>();
        queue.requirements().forEach(r -> skills.add(r.skill()));
        queue.steps().forEach(step -> skills.addAll(step.overflowTo().values()));
        return skills;
    }

    /** Returns the duress code of each line that has one. */
    public Map<LineId, DuressCode> duressCodes() {
        Map<LineId, DuressCode> codes = new HashMap<>();
        lines.forEach(l -> l.duressCode().ifPresent(code -> codes.put(l.id(), code)));
        return Map.copyOf(codes);
    }

    /** Returns the dialled numbers and their lines. */
    public Map<String, LineId> numbers() {
        Map<String, LineId> numbers = new java.util.LinkedHashMap<>();
        lines.forEach(l -> numbers.put(l.number().digits(), l.id()));
        return numbers;
    }
}
