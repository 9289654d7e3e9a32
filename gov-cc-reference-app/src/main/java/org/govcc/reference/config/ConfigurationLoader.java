package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.govcc.api.agent.AgentProfile;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.call.Language;
import org.govcc.api.call.LineId;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.cases.ResolutionTime;
import org.govcc.api.complaint.ConfidentialityPolicy;
import org.govcc.api.complaint.DuressCode;
import org.govcc.api.internal.Require;
import org.govcc.api.ivr.FlowId;
import org.govcc.api.routing.QueueId;
import org.govcc.api.routing.SkillId;
import org.govcc.api.routing.Topic;
import org.govcc.api.routing.TopicId;
import org.govcc.api.schedule.ScheduleId;
import org.govcc.ivr.FlowRepository;
import org.govcc.ivr.prompt.IndexedPromptCatalogue;
import org.govcc.routing.DistributorConfig;
import org.govcc.routing.QueueConfig;
import org.govcc.routing.schedule.ServiceCalendar;

/**
 * Loads a line's configuration directory: {@code lines.json}, {@code topics.json}, {@code calendar.json},
 * {@code queues.json}, {@code roster.json}, {@code wrap-up-codes.json}, the optional {@code trunk.json},
 * {@code agent-desk.json}, {@code retention.json}, {@code reports.json} and {@code wallboard.json},
 * {@code prompts/catalogue.json} with its audio, and {@code flows/ID.json}. Each file is checked against its
 * published JSON Schema (draft 2020-12, {@code /gov-cc/schemas/} in the WAR), then the files against each other;
 * every problem of every file is collected before the configuration is refused.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConfigurationLoader {

    /** The names of the published schemas, {@code NAME.schema.json}. */
    public static final List<String> SCHEMAS = List.of("lines", "topics", "calendar", "queues", "roster",
            "wrap-up-codes", "trunk", "prompt-catalogue", "agent-desk", "retention", "reports", "wallboard");

    /** A citizen request's calendar days when topics.json gives none: public services' general time limit. */
    public static final int DEFAULT_REQUEST_DUE_DAYS = 50;

    private ConfigurationLoader() {
    }

    /**
     * Loads and cross-checks the configuration in {@code source}.
     *
     * @throws InvalidConfigurationException listing every problem, each with its file, line, column and pointer
     */
    public static LineConfiguration load(ConfigurationSource source) {
        Require.nonNull(source, "source");
        List<ConfigurationProblem> problems = new ArrayList<>();
        Optional<JsonFile> linesFile = JsonFile.read(source, "lines.json", "lines", true, problems);
        Optional<JsonFile> topicsFile = JsonFile.read(source, "topics.json", "topics", true, problems);
        Optional<JsonFile> calendarFile = JsonFile.read(source, "calendar.json", "calendar", true, problems);
        Optional<JsonFile> queuesFile = JsonFile.read(source, "queues.json", "queues", true, problems);
        Optional<JsonFile> rosterFile = JsonFile.read(source, "roster.json", "roster", true, problems);
        Optional<JsonFile> codesFile = JsonFile.read(source, "wrap-up-codes.json", "wrap-up-codes", true, problems);
        Optional<JsonFile> trunkFile = JsonFile.read(source, "trunk.json", "trunk", false, problems);
        Optional<JsonFile> deskFile = JsonFile.read(source, "agent-desk.json", "agent-desk", false, problems);
        Optional<JsonFile> retentionFile = JsonFile.read(source, "retention.json", "retention", false, problems);
        Optional<JsonFile> reportsFile = JsonFile.read(source, "reports.json", "reports", false, problems);
        Optional<JsonFile> wallboardFile = JsonFile.read(source, "wallboard.json", "wallboard", false, problems);

        Optional<ServiceCalendar> calendar = calendarFile.flatMap(f -> new CalendarReader(f).read());
        Optional<Set<ScheduleId>> schedules = calendar.map(ServiceCalendar::schedules);
        List<Body> bodies = topicsFile.map(ConfigurationLoader::bodies).orElse(List.of());
        Optional<Set<OrganisationId>> bodyIds = topicsFile.map(f -> ids(bodies));
        Map<TopicId, OrganisationId> topicBodies = new HashMap<>();
        Map<TopicId, ResolutionTime> resolutionTimes = new HashMap<>();
        Set<SkillId> overflowSkills = new LinkedHashSet<>();
        Optional<Map<TopicId, Topic>> topics = topicsFile.map(f -> topics(f, bodyIds.get(), schedules, topicBodies,
                resolutionTimes, overflowSkills));

        RoutingReader routing = new RoutingReader(topics, overflowSkills, bodyIds);
        Map<TopicId, QueueId> queueOfTopic = new HashMap<>();
        Map<QueueId, QueueConfig> queues = queuesFile.map(f -> routing.queues(f, queueOfTopic)).orElse(Map.of());
        List<AgentProfile> roster = rosterFile.map(routing::roster).orElse(List.of());
        if (queuesFile.isPresent() && rosterFile.isPresent()) {
            RoutingReader.requireServable(queuesFile.get(), queues, roster);
        }
        if (topics.isPresent() && queuesFile.isPresent()) {
            int i = 0;
            for (TopicId topic : topics.get().keySet()) {
                if (!queueOfTopic.containsKey(topic)) {
                    topicsFile.get().problem(JsonFile.pointer("topics", i), "topic '" + topic
                            + "' has no queue in queues.json: calls for it could not be queued");
                }
                i++;
            }
        }
        List<WrapUpCode> codes = codesFile.map(f -> codes(f, queuesFile.map(q -> queues.keySet()))).orElse(List.of());
        Optional<TrunkConfig> trunk = trunkFile.flatMap(f -> TrunkReader.read(f, source));
        AgentDesk desk = deskFile.map(f -> AgentDeskReader.read(f, queuesFile.map(q -> queues.keySet()), codes))
                .orElse(AgentDesk.PHONES_ONLY);
        ReportSettings reports = reportsFile.map(ReportsReader::read).orElse(ReportSettings.DEFAULTS);
        WallboardSettings wallboard = wallboardFile.map(f -> WallboardReader.read(f, queues, queuesFile.isPresent()))
                .orElseGet(() -> WallboardReader.defaults(queues));

        IvrReader ivr = new IvrReader(source, problems);
        Optional<IndexedPromptCatalogue> prompts = ivr.prompts();
        List<ServiceLine> lines = new ArrayList<>();
        Map<FlowId, String> entries = new LinkedHashMap<>();
        linesFile.ifPresent(f -> lines.addAll(lines(f, schedules, entries, edgeLimit(f))));
        Optional<FlowRepository> flows = linesFile.flatMap(f -> ivr.flows(f, entries,
                topics.map(Map::keySet), schedules, prompts));
        RetentionConfig retention = retentionFile.map(f -> RetentionReader.read(f, lines))
                .orElse(RetentionConfig.DEFAULTS);
        List<ServiceLine> kept = RetentionReader.applyTo(lines, retention.callRecords());

        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(source.description(), sorted(problems));
        }
        JsonNode top = linesFile.get().root();
        Set<String> skills = new LinkedHashSet<>();
        routing.skills().get().forEach(s -> skills.add(s.value()));
        DistributorConfig distributor = new DistributorConfig(toSkillIds(skills), new ArrayList<>(queues.values()),
                calendar.get().zone(), Duration.ofSeconds(5));
        LineConfiguration configuration = new LineConfiguration(source.description(), top.get("realm").asText(),
                new Language(top.get("defaultLanguage").asText()), edgeLimit(linesFile.get()), kept,
                bodies, new ArrayList<>(topics.get().values()), topicBodies, calendar.get(), distributor,
                queueOfTopic, roster, codes, trunk, flows.get(), prompts.get(), resolutionTimes, desk, retention,
                reports, wallboard);
        // Which queues are confidential is known only once the flows are read: checked on the whole.
        SealedRoutingCheck.check(configuration, queuesFile.get());
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(source.description(), sorted(problems));
        }
        return configuration;
    }

    /** The most calls on all lines together (lines.json's admissionLimit, 150 when absent). */
    private static int edgeLimit(JsonFile lines) {
        return lines.root().path("admissionLimit").asInt(150);
    }

    private static List<ServiceLine> lines(JsonFile file, Optional<Set<ScheduleId>> schedules,
                                           Map<FlowId, String> entries, int edgeLimit) {
        List<ServiceLine> lines = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        Map<String, Integer> numbers = new HashMap<>();
        JsonNode list = file.root().get("lines");
        for (int i = 0; i < list.size(); i++) {
            JsonNode l = list.get(i);
            String at = JsonFile.pointer("lines", i);
            boolean ok = unique(file, ids, l.get("id").asText(), i, at + "/id", "line", "lines");
            ok &= unique(file, numbers, l.get("number").asText(), i, at + "/number", "number", "lines");
            ScheduleId schedule = new ScheduleId(l.get("schedule").asText());
            if (schedules.isPresent() && !schedules.get().contains(schedule)) {
                file.problem(at + "/schedule", "unknown schedule '" + schedule + "'; calendar.json defines "
                        + schedules.get().stream().map(ScheduleId::value).toList());
                ok = false;
            }
            FlowId flow = new FlowId(l.get("flow").asText());
            entries.putIfAbsent(flow, at + "/flow");
            JsonNode c = l.get("confidentiality");
            ConfidentialityPolicy policy = "confidential".equals(c.get("policy").asText())
                    ? ConfidentialityPolicy.confidential(c.get("readerRole").asText(),
                            Duration.ofDays(c.get("retentionDays").asLong()))
                    : ConfidentialityPolicy.standard();
            OptionalInt limit = l.has("admissionLimit") ? OptionalInt.of(l.get("admissionLimit").asInt())
                    : OptionalInt.empty();
            if (limit.isPresent() && limit.getAsInt() > edgeLimit) {
                file.problem(at + "/admissionLimit", "the line's admission limit " + limit.getAsInt()
                        + " is above the limit of all lines together (" + edgeLimit + ")");
                ok = false;
            }
            // The schema checks its keys (2-8 of 0-9 * #).
            Optional<DuressCode> duress = c.has("duressCode") ? Optional.of(new DuressCode(c.get("duressCode")
                    .asText())) : Optional.empty();
            if (ok) {
                lines.add(new ServiceLine(new LineId(l.get("id").asText()), new PhoneNumber(l.get("number").asText()),
                        names(l.get("names")), flow, schedule, policy, limit, duress));
            }
        }
        return lines;
    }

    private static List<Body> bodies(JsonFile file) {
        List<Body> bodies = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        JsonNode list = file.root().get("bodies");
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).get("id").asText();
            if (unique(file, ids, id, i, JsonFile.pointer("bodies", i, "id"), "body", "bodies")) {
                bodies.add(new Body(new OrganisationId(id), names(list.get(i).get("names"))));
            }
        }
        return bodies;
    }

    private static Map<TopicId, Topic> topics(JsonFile file, Set<OrganisationId> bodies,
                                              Optional<Set<ScheduleId>> schedules,
                                              Map<TopicId, OrganisationId> topicBodies,
                                              Map<TopicId, ResolutionTime> resolutionTimes,
                                              Set<SkillId> overflowSkills) {
        int dueDays = file.root().path("requestDueDays").asInt(DEFAULT_REQUEST_DUE_DAYS);
        Map<TopicId, Topic> topics = new LinkedHashMap<>();
        Map<String, Integer> ids = new HashMap<>();
        JsonNode list = file.root().get("topics");
        for (int i = 0; i < list.size(); i++) {
            JsonNode t = list.get(i);
            String at = JsonFile.pointer("topics", i);
            String id = t.get("id").asText();
            if (!unique(file, ids, id, i, at + "/id", "topic", "topics")) {
                continue;
            }
            OrganisationId body = new OrganisationId(t.get("body").asText());
            if (!bodies.contains(body)) {
                file.problem(at + "/body", "unknown body '" + body + "'; this file's bodies are "
                        + bodies.stream().map(OrganisationId::value).sorted().toList());
            }
            ScheduleId schedule = new ScheduleId(t.get("schedule").asText());
            if (schedules.isPresent() && !schedules.get().contains(schedule)) {
                file.problem(at + "/schedule", "unknown schedule '" + schedule + "'; calendar.json defines "
                        + schedules.get().stream().map(ScheduleId::value).toList());
            }
            TopicId topic = new TopicId(id);
            topicBodies.put(topic, body);
            resolutionTimes.put(topic, new ResolutionTime(t.path("requestDueDays").asInt(dueDays)));
            topics.put(topic, new Topic(topic, names(t.get("names")), new SkillId(t.path("skill").asText(id)),
                    schedule));
            t.path("overflowSkills").forEach(skill -> overflowSkills.add(new SkillId(skill.asText())));
        }
        return topics;
    }

    private static List<WrapUpCode> codes(JsonFile file, Optional<Set<QueueId>> queues) {
        List<WrapUpCode> codes = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        JsonNode list = file.root().get("codes");
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            String at = JsonFile.pointer("codes", i);
            if (!unique(file, ids, c.get("code").asText(), i, at + "/code", "wrap-up code", "codes")) {
                continue;
            }
            Set<QueueId> offeredOn = new LinkedHashSet<>();
            JsonNode on = c.path("queues");
            for (int j = 0; j < on.size(); j++) {
                QueueId queue = new QueueId(on.get(j).asText());
                if (queues.isPresent() && !queues.get().contains(queue)) {
                    file.problem(at + "/queues/" + j, "unknown queue '" + queue + "'; queues.json defines "
                            + queues.get().stream().map(QueueId::value).toList());
                }
                offeredOn.add(queue);
            }
            codes.add(new WrapUpCode(c.get("code").asText(), names(c.get("names")), offeredOn));
        }
        return codes;
    }

    /** Records {@code id} at index {@code i}; names the first place if it was seen already. */
    private static boolean unique(JsonFile file, Map<String, Integer> seen, String id, int i, String pointer,
                                  String what, String list) {
        Integer first = seen.putIfAbsent(id, i);
        if (first != null) {
            file.problem(pointer, what + " '" + id + "' is given twice (first at /" + list + "/" + first + ")");
            return false;
        }
        return true;
    }

    private static Map<Language, String> names(JsonNode names) {
        Map<Language, String> map = new LinkedHashMap<>();
        names.properties().forEach(e -> map.put(new Language(e.getKey()), e.getValue().asText()));
        return map;
    }

    private static Set<OrganisationId> ids(List<Body> bodies) {
        Set<OrganisationId> ids = new LinkedHashSet<>();
        bodies.forEach(b -> ids.add(b.id()));
        return ids;
    }

    private static Set<SkillId> toSkillIds(Set<String> skills) {
        Set<SkillId> ids = new LinkedHashSet<>();
        skills.forEach(s -> ids.add(new SkillId(s)));
        return ids;
    }

    /** File by file in the order first met, then by line and column. */
    private static List<ConfigurationProblem> sorted(List<ConfigurationProblem> problems) {
        Map<String, Integer> order = new HashMap<>();
        problems.forEach(p -> order.putIfAbsent(p.origin(), order.size()));
        List<ConfigurationProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparing((ConfigurationProblem p) -> order.get(p.origin()))
                .thenComparingInt(ConfigurationProblem::line).thenComparingInt(ConfigurationProblem::column));
        return sorted;
    }
}
