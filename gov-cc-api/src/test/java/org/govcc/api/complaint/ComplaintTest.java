package org.govcc.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.govcc.api.call.CallId;
import org.govcc.api.call.LineId;
import org.junit.jupiter.api.Test;

class ComplaintTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-03T01:00:00Z");
    private static final ComplaintReferral POLICE = new ComplaintReferral(ReferralAgency.POLICE, ReferralStatus.SENT,
            RECEIVED.plusSeconds(60), Optional.of("ΑΤ-2026/17"), "agent13");

    @Test
    void anOpenComplaintKeepsItsCallButNoCallerAndNamesItsReferralByAgency() {
        Complaint c = complaint(ComplaintStatus.REFERRED, List.of(POLICE), Optional.empty(), Optional.empty());

        assertThat(c.call()).contains(new CallId("call-1"));
        assertThat(c.referral(ReferralAgency.POLICE)).contains(POLICE);
        assertThat(c.referral(ReferralAgency.SOS_15900)).isEmpty();
    }

    @Test
    void aReferredComplaintNamesAReferralAndNoAgencyTwice() {
        assertThatThrownBy(() -> complaint(ComplaintStatus.REFERRED, List.of(), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REFERRED but names no referral");
        assertThatThrownBy(() -> complaint(ComplaintStatus.REFERRED, List.of(POLICE, POLICE), Optional.empty(),
                Optional.empty())).hasMessageContaining("names POLICE twice");
    }

    @Test
    void aClosedComplaintSaysWhenItClosedAndUntilWhenItIsKept() {
        Instant closed = RECEIVED.plus(Duration.ofDays(3));
        Complaint c = complaint(ComplaintStatus.CLOSED, List.of(), Optional.of(closed),
                Optional.of(closed.plus(Duration.ofDays(1825))));
        assertThat(c.retainUntil()).contains(closed.plus(Duration.ofDays(1825)));

        assertThatThrownBy(() -> complaint(ComplaintStatus.CLOSED, List.of(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("is CLOSED but has no closing time");
        assertThatThrownBy(() -> complaint(ComplaintStatus.OPEN, List.of(), Optional.of(closed),
                Optional.of(closed))).hasMessageContaining("is OPEN but has closing time");
        assertThatThrownBy(() -> complaint(ComplaintStatus.CLOSED, List.of(), Optional.of(closed), Optional.empty()))
                .hasMessageContaining("every closed one has one");
        assertThatThrownBy(() -> complaint(ComplaintStatus.CLOSED, List.of(), Optional.of(RECEIVED.minusSeconds(1)),
                Optional.of(closed))).hasMessageContaining("before it was received");
    }

    @Test
    void workplaceAndNarrativeHaveTheirLimits() {
        assertThat(Complaint.requireNarrative("")).isEmpty();
        assertThatThrownBy(() -> Complaint.requireNarrative("x".repeat(20_001)))
                .hasMessageContaining("narrative must be at most 20000 characters, but has 20001");
        assertThatThrownBy(() -> Complaint.requireWorkplace(" ")).hasMessageContaining("workplace");
        assertThatThrownBy(() -> Complaint.requireWorkplace("x".repeat(501)))
                .hasMessageContaining("at most 500 characters, but has 501");
    }

    @Test
    void aReferralsReferenceIsShortAndNotBlank() {
        assertThatThrownBy(() -> new ComplaintReferral(ReferralAgency.POLICE, ReferralStatus.SENT, RECEIVED,
                Optional.of(" "), "agent13")).hasMessageContaining("reference");
        assertThatThrownBy(() -> new ComplaintReferral(ReferralAgency.POLICE, ReferralStatus.SENT, RECEIVED,
                Optional.of("r".repeat(65)), "agent13")).hasMessageContaining("at most 64 characters");
    }

    @Test
    void notesAreNeitherBlankNorOverlong() {
        assertThat(new ComplaintNote("agent13", "called back", RECEIVED).text()).isEqualTo("called back");
        assertThatThrownBy(() -> new ComplaintNote("agent13", "", RECEIVED)).hasMessageContaining("note text");
        assertThatThrownBy(() -> new ComplaintNote("agent13", "n".repeat(20_001), RECEIVED))
                .hasMessageContaining("at most 20000 characters");
    }

    @Test
    void aComplaintMovesFromOpenToReferredToClosedAndNeverBack() {
        assertThat(ComplaintStatus.OPEN.canMoveTo(ComplaintStatus.REFERRED)).isTrue();
        assertThat(ComplaintStatus.OPEN.canMoveTo(ComplaintStatus.CLOSED)).isTrue();
        assertThat(ComplaintStatus.REFERRED.canMoveTo(ComplaintStatus.CLOSED)).isTrue();
        assertThat(ComplaintStatus.REFERRED.canMoveTo(ComplaintStatus.OPEN)).isFalse();
        assertThat(ComplaintStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void aHandlerWrittenForIntakeOnlyStillCompilesAndRefusesTheOfficersWork() {
        ComplaintHandler intakeOnly = new ComplaintHandler() {
            @Override
            public String id() {
                return "intake-only";
            }

            @Override
            public ConfidentialityPolicy policyFor(LineId line) {
                return ConfidentialityPolicy.standard();
            }

            @Override
            public ComplaintReceipt receive(ComplaintIntake intake) {
                return new ComplaintReceipt(new ComplaintId("K1"), classify(intake), Optional.empty(),
                        intake.receivedAt());
            }
        };
        ComplaintIntake intake = new ComplaintIntake(new LineId("complaints"), Optional.empty(),
                org.govcc.api.call.CallerId.anonymous(), Optional.of(ComplaintCategory.ABUSE), "", RECEIVED);

        assertThat(intakeOnly.receive(intake, org.govcc.api.cases.Actor.of("agent13")).category())
                .isEqualTo(ComplaintCategory.ABUSE);
        assertThatThrownBy(() -> intakeOnly.find(new ComplaintId("K1"), org.govcc.api.cases.Actor.of("agent13")))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("intake-only");
    }

    private static Complaint complaint(ComplaintStatus status, List<ComplaintReferral> referrals,
                                       Optional<Instant> closedAt, Optional<Instant> retainUntil) {
        return new Complaint(new ComplaintId("K1"), new LineId("complaints"), Optional.of(new CallId("call-1")),
                ComplaintCategory.SEXUAL_HARASSMENT, status, Optional.of("Acme S.A., Piraeus"), "She said ...",
                referrals, List.of(), RECEIVED, "agent13", closedAt, retainUntil);
    }
}
