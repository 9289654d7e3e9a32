package org.govcc.reference.rest.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govcc.api.agent.OrganisationId;
import org.govcc.api.cases.Actor;
import org.govcc.api.cases.CaseId;
import org.govcc.api.cases.CaseStatus;
import org.govcc.api.cases.CaseTransition;
import org.govcc.api.cases.CitizenCase;
import org.govcc.api.routing.TopicId;
import org.govcc.reference.config.LineConfiguration;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.govcc.reference.rest.ProblemException;
import org.govcc.reference.security.Roles;
import org.junit.jupiter.api.Test;

/** Who may read and change which request, without a container ({@link Requester}). */
class RequesterTest {

    private static final LineConfiguration LINE = MinistryOfLabourLine.configuration();
    private static final Requester EFKA_AGENT = new Requester(Actor.of("agent01", Roles.AGENT),
            Optional.of(new OrganisationId("e-efka")));
    private static final Requester DYPA_AGENT = new Requester(Actor.of("agent03", Roles.AGENT),
            Optional.of(new OrganisationId("dypa")));
    private static final Requester SUPERVISOR = new Requester(Actor.of("supervisor01", Roles.SUPERVISOR),
            Optional.empty());

    @Test
    void anAgentReadsAndChangesTheRequestsOfTheirBodysTopicsOnly() {
        CitizenCase pensions = request(MinistryOfLabourLine.INSURANCE_PENSIONS);

        assertThat(EFKA_AGENT.readableTopics(LINE)).containsExactly(MinistryOfLabourLine.INSURANCE_PENSIONS);
        assertThatCode(() -> EFKA_AGENT.requireChange(pensions, LINE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> DYPA_AGENT.requireRead(pensions, LINE)).isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
        assertThatThrownBy(() -> DYPA_AGENT.requireWorks(MinistryOfLabourLine.INSURANCE_PENSIONS, LINE, "topic"))
                .hasMessageContaining("served by e-efka, not by your body (dypa)");
    }

    @Test
    void aSupervisorReadsEveryTopicAndChangesNothing() {
        CitizenCase pensions = request(MinistryOfLabourLine.INSURANCE_PENSIONS);

        assertThat(SUPERVISOR.readableTopics(LINE)).hasSize(LINE.topics().size());
        assertThatCode(() -> SUPERVISOR.requireRead(pensions, LINE)).doesNotThrowAnyException();
        assertThatThrownBy(() -> SUPERVISOR.requireChange(pensions, LINE))
                .hasMessageContaining("supervisors read requests and change none");
    }

    @Test
    void someoneWithTheAgentRoleWhoIsNotInTheRosterSeesNothing() {
        Requester stranger = new Requester(Actor.of("temp01", Roles.AGENT), Optional.empty());

        assertThat(stranger.readableTopics(LINE)).isEmpty();
        assertThatThrownBy(() -> stranger.requireWorks(MinistryOfLabourLine.EQUALITY, LINE, "topic"))
                .hasMessageContaining("you are not in the roster");
    }

    private static CitizenCase request(TopicId topic) {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        return new CitizenCase(new CaseId("C1"), "2026-000001", MinistryOfLabourLine.MAIN, topic, Optional.empty(),
                Optional.empty(), "subject", false, CaseStatus.NEW, List.of(),
                List.of(new CaseTransition(Optional.empty(), CaseStatus.NEW, "agent01", "opened", at)), at,
                at.plusSeconds(86_400));
    }
}
