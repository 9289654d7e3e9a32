package org.govcc.reference.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.govcc.api.agent.AgentStatus;
import org.govcc.api.routing.QueueId;
import org.govcc.reference.config.WallboardSettings;
import org.junit.jupiter.api.Test;

/** Each alert rule, by the situation it describes. */
class AlertRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final QueueId COMPLAINTS = new QueueId("harassment-complaints");
    private static final QueueId PENSIONS = new QueueId("insurance-pensions");
    private static final Duration T = Duration.ofSeconds(20);

    private final AlertRules rules = new AlertRules(new WallboardSettings(Set.of(COMPLAINTS), Duration.ofSeconds(60),
            80, 10, Duration.ofMinutes(3), Duration.ofMinutes(30)), 80);

    @Test
    void aComplaintCallerWaitingBeyondTheLimitRaisesAnAlertSinceTheLimitWasPassed() {
        var found = rules.evaluate(line(List.of(queue(COMPLAINTS, 1, 75))));

        assertThat(found).containsKey("complaint-caller-waiting:harassment-complaints");
        AlertCondition c = found.get("complaint-caller-waiting:harassment-complaints");
        assertThat(c.since()).isEqualTo(NOW.minusSeconds(15));
        assertThat(c.limitSeconds()).isEqualTo(60);
    }

    @Test
    void aComplaintCallerWithinTheLimitOrAnotherQueuesLongWaitIsNoComplaintAlert() {
        assertThat(rules.evaluate(line(List.of(queue(COMPLAINTS, 1, 60), queue(PENSIONS, 3, 900)))))
                .doesNotContainKey("complaint-caller-waiting:harassment-complaints")
                .doesNotContainKey("complaint-caller-waiting:insurance-pensions");
    }

    @Test
    void aCallerAtTheRiskShareOfTheThresholdPutsTheServiceLevelAtRisk() {
        assertThat(rules.evaluate(line(List.of(queue(PENSIONS, 1, 15))))).isEmpty();

        var found = rules.evaluate(line(List.of(queue(PENSIONS, 1, 16))));

        assertThat(found.keySet()).containsExactly("service-level-at-risk:insurance-pensions");
        assertThat(found.get("service-level-at-risk:insurance-pensions").since()).isEqualTo(NOW);
    }

    @Test
    void todaysServiceLevelBelowTheTargetIsAtRiskOnceEnoughCallsCount() {
        AlertRules.QueueNow few = new AlertRules.QueueNow(PENSIONS, 0, Duration.ZERO, T, OptionalDouble.of(0.5), 9);
        AlertRules.QueueNow enough = new AlertRules.QueueNow(PENSIONS, 0, Duration.ZERO, T, OptionalDouble.of(0.79),
                10);
        AlertRules.QueueNow onTarget = new AlertRules.QueueNow(PENSIONS, 0, Duration.ZERO, T, OptionalDouble.of(0.8),
                50);

        assertThat(rules.evaluate(line(List.of(few)))).isEmpty();
        assertThat(rules.evaluate(line(List.of(enough)))).containsKey("service-level-at-risk:insurance-pensions");
        assertThat(rules.evaluate(line(List.of(onTarget)))).isEmpty();
    }

    @Test
    void anAgentLongInWrapUpOrOnABreakRaisesAnAlertAndOneWithinTheLimitsOrTalkingDoesNot() {
        List<AlertRules.AgentNow> agents = List.of(
                new AlertRules.AgentNow("agent01", AgentStatus.WRAP_UP, NOW.minusSeconds(181)),
                new AlertRules.AgentNow("agent02", AgentStatus.WRAP_UP, NOW.minusSeconds(180)),
                new AlertRules.AgentNow("agent03", AgentStatus.ON_BREAK, NOW.minus(Duration.ofMinutes(31))),
                new AlertRules.AgentNow("agent04", AgentStatus.TALKING, NOW.minus(Duration.ofHours(2))),
                new AlertRules.AgentNow("agent05", AgentStatus.ON_BREAK, null));

        var found = rules.evaluate(new AlertRules.LineNow(NOW, List.of(), agents, true, true));

        assertThat(found.keySet()).containsExactly("long-wrap-up:agent01", "long-break:agent03");
        assertThat(found.get("long-break:agent03").since()).isEqualTo(NOW.minus(Duration.ofMinutes(1)));
    }

    @Test
    void aLineOrDatabaseThatIsDownRaisesItsAlert() {
        var found = rules.evaluate(new AlertRules.LineNow(NOW, List.of(), List.of(), false, false));

        assertThat(found.keySet()).containsExactly("line-down:line", "database-down:database");
        assertThat(rules.evaluate(new AlertRules.LineNow(NOW, List.of(), List.of(), true, true))).isEmpty();
    }

    private static AlertRules.LineNow line(List<AlertRules.QueueNow> queues) {
        return new AlertRules.LineNow(NOW, queues, List.of(), true, true);
    }

    private static AlertRules.QueueNow queue(QueueId id, int waiting, long longestSeconds) {
        return new AlertRules.QueueNow(id, waiting, Duration.ofSeconds(longestSeconds), T, OptionalDouble.empty(), 0);
    }
}
