package org.govcc.reference.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.govcc.api.agent.BreakReason;
import org.govcc.api.call.Language;
import org.govcc.api.routing.QueueId;
import org.govcc.sip.line.PhoneSignIn;

/** Reads {@code agent-desk.json} and checks it against the queues and wrap-up codes; problems go to the file. */
final class AgentDeskReader {

    private AgentDeskReader() {
    }

    /**
     * Returns the desk's settings.
     *
     * @param file the checked {@code agent-desk.json}
     * @param queues the queues of {@code queues.json}, if it could be read
     * @param codes the wrap-up codes of {@code wrap-up-codes.json}
     */
    static AgentDesk read(JsonFile file, Optional<Set<QueueId>> queues, List<WrapUpCode> codes) {
        JsonNode root = file.root();
        PhoneSignIn signIn = "desktop".equals(root.get("signIn").asText()) ? PhoneSignIn.FROM_DESKTOP
                : PhoneSignIn.ON_REGISTER;
        List<NotReadyReason> reasons = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        JsonNode list = root.path("notReadyReasons");
        for (int i = 0; i < list.size(); i++) {
            String at = JsonFile.pointer("notReadyReasons", i) + "/code";
            BreakReason code = new BreakReason(list.get(i).get("code").asText());
            Integer first = seen.putIfAbsent(code.code(), i);
            if (first != null) {
                file.problem(at, "reason '" + code + "' is given twice (first at /notReadyReasons/" + first + ")");
            } else if (AgentDesk.setByTheLine(code)) {
                file.problem(at, "reason '" + code + "' is set by the line itself; an agent cannot give it");
            } else {
                reasons.add(new NotReadyReason(code, names(list.get(i).get("names"))));
            }
        }
        WrapUpRule everywhere = root.has("wrapUp") ? rule(file, root.get("wrapUp"), "/wrapUp", null, codes)
                : WrapUpRule.NONE;
        Map<QueueId, WrapUpRule> rules = new LinkedHashMap<>();
        root.path("queues").properties().forEach(e -> {
            QueueId queue = new QueueId(e.getKey());
            String at = "/queues/" + e.getKey();
            if (queues.isPresent() && !queues.get().contains(queue)) {
                file.problem(at, "unknown queue '" + queue + "'; queues.json defines "
                        + queues.get().stream().map(QueueId::value).toList());
            }
            rules.put(queue, rule(file, e.getValue(), at, queue, codes));
        });
        if (everywhere.defaultCode().isPresent() && queues.isPresent()) {
            // The line-wide default must be one every queue without a rule of its own offers.
            for (QueueId queue : queues.get()) {
                if (!rules.containsKey(queue)) {
                    requireOffered(file, everywhere.defaultCode().get(), "/wrapUp/defaultCode", queue, codes);
                }
            }
        }
        return new AgentDesk(signIn, reasons, everywhere, rules);
    }

    private static WrapUpRule rule(JsonFile file, JsonNode node, String at, QueueId queue, List<WrapUpCode> codes) {
        Optional<String> code = node.has("defaultCode") ? Optional.of(node.get("defaultCode").asText())
                : Optional.empty();
        code.ifPresent(c -> {
            if (codes.stream().noneMatch(w -> w.code().equals(c))) {
                file.problem(at + "/defaultCode", "unknown wrap-up code '" + c + "'; wrap-up-codes.json defines "
                        + codes.stream().map(WrapUpCode::code).toList());
            } else if (queue != null) {
                requireOffered(file, c, at + "/defaultCode", queue, codes);
            }
        });
        return new WrapUpRule(node.get("codeRequired").asBoolean(), code);
    }

    private static void requireOffered(JsonFile file, String code, String at, QueueId queue, List<WrapUpCode> codes) {
        codes.stream().filter(w -> w.code().equals(code)).findFirst().filter(w -> !w.offeredOn(queue))
                .ifPresent(w -> file.problem(at, "wrap-up code '" + code + "' is not offered on queue '" + queue
                        + "' (see its 'queues' in wrap-up-codes.json)"));
    }

    private static Map<Language, String> names(JsonNode names) {
        Map<Language, String> map = new LinkedHashMap<>();
        names.properties().forEach(e -> map.put(new Language(e.getKey()), e.getValue().asText()));
        return map;
    }
}
