package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.AgentId;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.routing.Priority;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.SkillLevel;
import org.govcc.api.routing.SkillRequirement;
import org.govcc.api.routing.Topic;
import org.govcc.api.routing.TopicId;
import org.govcc.routing.CallbackPolicy;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.RoutingStep;
import org.govcc.routing.Strategies;

/**
 * Reads {@code queues.json} into the distributor's {@link QueueConfig}s and {@code roster.json} into
 * {@link AgentProfile}s, and checks them against the topics, skills and bodies: unknown topic, skill or body,
 * two queues for one topic, a topic without a queue, duplicate ids, and a queue that no agent of the roster can
 * serve (an error: its callers would wait for no one). Not thread-safe.
 */
final class RoutingReader {

    private final Map<TopicId, Topic> topics;
    private final Set<SkillId> skills;
    private final Set<OrganisationId> bodies;

    /**
     * Creates the reader.
     *
     * @param topics the topics by id (empty when topics.json was refused: checks against them are skipped)
     * @param overflowSkills the skills of the pools the topics' calls may overflow to (topics.json)
     * @param bodies the bodies' ids
     */
    RoutingReader(Optional<Map<TopicId, Topic>> topics, Set<SkillId> overflowSkills,
                  Optional<Set<OrganisationId>> bodies) {
        this.topics = topics.orElse(null);
        this.skills = topics.map(t -> {
            Set<SkillId> s = new java.util.LinkedHashSet<>();
            t.values().forEach(topic -> s.add(topic.skill()));
            s.addAll(overflowSkills);
            return s;
        }).orElse(null);
        this.bodies = bodies.orElse(null);
    }

    /** The skills the topics define, their overflow pools' included (empty when unknown). */
    Optional<Set<SkillId>> skills() {
        return Optional.ofNullable(skills);
    }

    /** Reads the queues; each problem is added to the file's problems. Returns the queues that could be built. */
    Map<QueueId, QueueConfig> queues(JsonFile file, Map<TopicId, QueueId> queueOfTopic) {
        Map<QueueId, QueueConfig> queues = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode list = file.root().get("queues");
        for (int i = 0; i < list.size(); i++) {
            JsonNode q = list.get(i);
            String at = JsonFile.pointer("queues", i);
            String id = q.get("id").asText();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                file.problem(at + "/id", "queue '" + id + "' is defined twice (first at /queues/" + first + ")");
                continue;
            }
            TopicId topicId = new TopicId(q.get("topic").asText());
            Topic topic = null;
            if (topics != null) {
                topic = topics.get(topicId);
                if (topic == null) {
                    file.problem(at + "/topic", "unknown topic '" + topicId + "'; topics.json defines "
                            + topics.keySet().stream().map(TopicId::value).sorted().toList());
                }
            }
            QueueId queueId = new QueueId(id);
            QueueId other = queueOfTopic.putIfAbsent(topicId, queueId);
            if (other != null) {
                file.problem(at + "/topic", "topic '" + topicId + "' is already taken by queue '" + other
                        + "' (one queue per topic)");
            }
            try {
                QueueConfig config = queue(file, at, queueId, q, topic);
                if (config != null) {
                    queues.put(queueId, config);
                }
            } catch (IllegalArgumentException e) {
                file.problem(at, e.getMessage());
            }
        }
        return queues;
    }

    private QueueConfig queue(JsonFile file, String at, QueueId id, JsonNode q, Topic topic) {
        QueueConfig.Builder b = QueueConfig.builder(id);
        boolean ok = true;
        if (q.has("skills")) {
            JsonNode list = q.get("skills");
            for (int j = 0; j < list.size(); j++) {
                String skill = list.get(j).get("skill").asText();
                ok &= knownSkill(file, at + "/skills/" + j + "/skill", skill);
                b.requires(skill, list.get(j).get("level").asInt());
            }
        } else if (topic != null) {
            b.requires(topic.skill().value(), 1);
        }
        if (topic != null) {
            b.schedule(topic.schedule());
        }
        if (q.has("strategy")) {
            try {
                b.strategy(Strategies.byId(q.get("strategy").asText()));
            } catch (IllegalArgumentException e) {
                file.problem(at + "/strategy", "unknown strategy '" + q.get("strategy").asText()
                        + "': built in are longest-idle, most-skilled, round-robin, fewest-calls-today");
                ok = false;
            }
        }
        JsonNode widening = q.path("widening");
        long previous = 0;
        for (int j = 0; j < widening.size(); j++) {
            JsonNode w = widening.get(j);
            String wat = at + "/widening/" + j;
            long after = w.get("afterSeconds").asLong();
            if (after <= previous) {
                file.problem(wat + "/afterSeconds", "widening steps must come in increasing afterSeconds, but "
                        + after + " follows " + previous);
                ok = false;
            }
            previous = after;
            Map<SkillId, SkillId> overflow = new HashMap<>();
            if (w.has("overflow")) {
                String from = w.get("overflow").get("from").asText();
                String to = w.get("overflow").get("to").asText();
                ok &= knownSkill(file, wat + "/overflow/from", from);
                ok &= knownSkill(file, wat + "/overflow/to", to);
                overflow.put(new SkillId(from), new SkillId(to));
            }
            Optional<SkillLevel> lower = w.has("lowerLevelTo")
                    ? Optional.of(SkillLevel.of(w.get("lowerLevelTo").asInt())) : Optional.empty();
            b.step(new RoutingStep(Duration.ofSeconds(after), lower, overflow));
        }
        seconds(q, "ringTimeoutSeconds").ifPresent(b::ringTimeout);
        seconds(q, "wrapUpSeconds").ifPresent(b::wrapUp);
        seconds(q, "agingPerPointSeconds").ifPresent(b::agingPerPoint);
        seconds(q, "serviceLevelSeconds").ifPresent(b::serviceLevelThreshold);
        seconds(q, "shortAbandonSeconds").ifPresent(b::shortAbandonThreshold);
        seconds(q, "expectedHandleSeconds").ifPresent(b::expectedHandleTime);
        if (q.has("maxWaiting")) {
            b.maxWaiting(q.get("maxWaiting").asInt());
        }
        if (q.has("priority")) {
            b.priority(Priority.of(q.get("priority").asInt()));
        }
        b.neverOvertaken(q.path("neverOvertaken").asBoolean(false));
        if (q.has("callbacks")) {
            JsonNode c = q.get("callbacks");
            if (!c.get("allowed").asBoolean()) {
                b.callbacks(CallbackPolicy.forbidden());
            } else {
                CallbackPolicy defaults = QueueConfig.builder(id).build().callbacks();
                b.callbacks(new CallbackPolicy(true, c.path("maxAttempts").asInt(defaults.maxAttempts()),
                        seconds(c, "retryDelaySeconds").orElse(defaults.retryDelay()),
                        seconds(c, "dialTimeoutSeconds").orElse(defaults.dialTimeout())));
            }
        }
        return ok ? b.build() : null;
    }

    /** Reads the roster; each problem is added to the file's problems. */
    List<AgentProfile> roster(JsonFile file) {
        List<AgentProfile> agents = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode list = file.root().get("agents");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = list.get(i);
            String at = JsonFile.pointer("agents", i);
            String id = a.get("id").asText();
            Integer first = seen.putIfAbsent(id, i);
            if (first != null) {
                file.problem(at + "/id", "agent '" + id + "' is listed twice (first at /agents/" + first + ")");
                continue;
            }
            boolean ok = true;
            OrganisationId body = new OrganisationId(a.get("body").asText());
            if (bodies != null && !bodies.contains(body)) {
                file.problem(at + "/body", "unknown body '" + body + "'; topics.json defines "
                        + bodies.stream().map(OrganisationId::value).sorted().toList());
                ok = false;
            }
            Map<SkillId, SkillLevel> levels = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> s : a.get("skills").properties()) {
                ok &= knownSkill(file, at + JsonFile.pointer("skills", s.getKey()), s.getKey());
                levels.put(new SkillId(s.getKey()), SkillLevel.of(s.getValue().asInt()));
            }
            if (ok) {
                agents.add(new AgentProfile(new AgentId(id), a.get("name").asText(), body, levels));
            }
        }
        return agents;
    }

    /** Names every queue that no agent of {@code roster} could ever be offered, even after its widening steps. */
    static void requireServable(JsonFile queuesFile, Map<QueueId, QueueConfig> queues, List<AgentProfile> roster) {
        for (QueueConfig q : queues.values()) {
            if (roster.stream().noneMatch(a -> canServe(a, q))) {
                queuesFile.problem(indexOf(queuesFile, q.id()), "no agent in roster.json can serve queue '" + q.id()
                        + "' (it needs " + q.requirements().stream().map(r -> r.skill() + " >= " + r.minimum().value())
                        .toList() + "): its callers would wait for no one");
            }
        }
    }

    private static String indexOf(JsonFile file, QueueId id) {
        JsonNode list = file.root().get("queues");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).get("id").asText().equals(id.value())) {
                return JsonFile.pointer("queues", i);
            }
        }
        return "/queues";
    }

    /** Whether {@code agent} meets every requirement, at the lowest level and with the overflow skills widening allows. */
    private static boolean canServe(AgentProfile agent, QueueConfig q) {
        int floor = 10;
        Map<SkillId, SkillId> overflow = new HashMap<>();
        for (RoutingStep step : q.steps()) {
            if (step.lowerMinimumTo().isPresent()) {
                floor = Math.min(floor, step.lowerMinimumTo().get().value());
            }
            overflow.putAll(step.overflowTo());
        }
        for (SkillRequirement r : q.requirements()) {
            int needed = Math.min(r.minimum().value(), floor);
            boolean meets = level(agent, r.skill()) >= needed
                    || (overflow.containsKey(r.skill()) && level(agent, overflow.get(r.skill())) >= needed);
            if (!meets) {
                return false;
            }
        }
        return true;
    }

    private static int level(AgentProfile agent, SkillId skill) {
        SkillLevel level = agent.skills().get(skill);
        return level == null ? 0 : level.value();
    }

    private boolean knownSkill(JsonFile file, String pointer, String skill) {
        if (skills == null || skills.contains(new SkillId(skill))) {
            return true;
        }
        file.problem(pointer, "unknown skill '" + skill + "'; the topics of topics.json (skill, overflowSkills) define "
                + skills.stream().map(SkillId::value).sorted().toList());
        return false;
    }

    private static Optional<Duration> seconds(JsonNode n, String field) {
        return n.has(field) ? Optional.of(Duration.ofSeconds(n.get(field).asLong())) : Optional.empty();
    }
}
