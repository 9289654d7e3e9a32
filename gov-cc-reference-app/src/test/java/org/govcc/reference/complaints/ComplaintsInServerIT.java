package org.govcc.reference.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.govcc.api.call.CallerId;
import org.govcc.api.call.LineId;
import org.govcc.api.cases.Actor;
import org.govcc.api.complaint.Complaint;
import org.govcc.api.complaint.ComplaintAccessDeniedException;
import org.govcc.api.complaint.ComplaintId;
import org.govcc.api.complaint.ComplaintIntake;
import org.govcc.reference.audit.AuditAction;
import org.govcc.reference.audit.AuditRecord;
import org.govcc.reference.audit.AuditSubject;
import org.govcc.reference.audit.AuditTrail;
import org.govcc.reference.retention.PurgeReport;
import org.govcc.reference.retention.PurgeService;
import org.govcc.reference.testing.ReferenceWar;
import org.govcc.reference.testing.Staff;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints inside the deployed WAR, with the real sealer, audit trail and database: the raw encrypted columns hold
 * no plaintext (read through JDBC), an officer's read and an agent's refused request (REST's 403 included) are in the
 * audit trail, and the retention purge, run as if years had passed, removes the expired complaint and call records,
 * then the expired audit entries, records itself, and leaves a chain that verifies. The purge runs last: it empties
 * the trail.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComplaintsInServerIT {

    private static final Actor OFFICER = Actor.of("agent13", "agent", "complaint-officer");
    private static final Actor AGENT = Actor.of("agent01", "agent");
    private static final String NARRATIVE = "Η διευθύντρια με απειλεί με απόλυση αν μιλήσω";

    @Deployment
    static WebArchive war() {
        return ReferenceWar.asBuilt().addClasses(ComplaintsInServerIT.class, Staff.class)
                .addAsLibraries(ReferenceWar.libraryOf(Assertions.class));
    }

    @Inject
    ComplaintService complaints;

    @Inject
    AuditTrail trail;

    @Inject
    PurgeService purges;

    @Resource(lookup = "java:jboss/datasources/GovCcDS")
    DataSource database;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void theRawEncryptedColumnsHoldNoPlaintext() throws Exception {
        Complaint c = complaints.create(OFFICER, new ComplaintBodies.NewComplaint("complaints", null, "ABUSE",
                "Ταχυμεταφορές Δέλτα", NARRATIVE, "Μιλά ψιθυριστά"), Optional.empty()).complaint();

        List<String> raw = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement s = connection.createStatement()) {
            String number = c.id().value().substring(1);
            for (String query : List.of("SELECT WORKPLACE_SEALED, NARRATIVE_SEALED FROM GOVCC_COMPLAINT WHERE NUMBER = "
                    + number, "SELECT TEXT_SEALED FROM GOVCC_COMPLAINT_NOTE WHERE COMPLAINT_NUMBER = " + number)) {
                try (ResultSet r = s.executeQuery(query)) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            raw.add(new String(r.getBytes(i), StandardCharsets.ISO_8859_1));
                            raw.add(new String(r.getBytes(i), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        assertThat(raw).hasSize(6).noneMatch(v -> v.contains("απόλυση") || v.contains("Δέλτα")
                || v.contains("ψιθυριστά") || v.contains("Ταχυμεταφορές"));
        assertThat(complaints.find(c.id(), OFFICER).orElseThrow().narrative()).isEqualTo(NARRATIVE);
    }

    @Test
    @Order(2)
    void anOfficersReadAndAnAgentsRefusalsAreInTheAuditTrail() throws Exception {
        ComplaintId id = complaints.receive(new ComplaintIntake(new LineId("complaints"), Optional.empty(),
                CallerId.anonymous(), Optional.empty(), NARRATIVE, Instant.now()), OFFICER).complaint();
        Complaint c = complaints.find(id, OFFICER).orElseThrow();
        assertThatThrownBy(() -> complaints.find(c.id(), AGENT)).isInstanceOf(ComplaintAccessDeniedException.class);
        HttpResponse<String> rest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                        + "api/complaints/" + c.id())).header("Authorization", staff("agent01").authorization()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rest.statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "api/complaints/" + c.id() + "/export")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);

        List<AuditRecord> about = trail.about(AuditSubject.of(TrailComplaintAudit.SUBJECT, c.id().value()));
        assertThat(about).extracting(r -> r.entry().action() + " " + r.entry().user()).containsExactly(
                "CREATE agent13", "READ agent13", "REFUSED agent01", "REFUSED agent01", "REFUSED anonymous");
        assertThat(about.get(3).entry().reason()).contains("GET /api/complaints/" + c.id() + " -> 403")
                .doesNotContain(NARRATIVE);
        assertThat(about.get(1).entry().role()).isEqualTo("agent,complaint-officer");
        assertThat(about.get(4).entry().reason()).contains("/export -> 401");
        assertThat(trail.verify().intact()).as("%s", trail.verify()).isTrue();
    }

    @Test
    @Order(3)
    void thePurgeRemovesWhatExpiredRecordsItselfAndLeavesAChainThatVerifies() {
        Complaint closed = complaints.close(complaints.create(OFFICER, new ComplaintBodies.NewComplaint("complaints",
                null, null, null, NARRATIVE, null), Optional.empty()).complaint().id(), "Έκλεισε", OFFICER);
        Complaint open = complaints.create(OFFICER, new ComplaintBodies.NewComplaint("complaints", null, null, null,
                "Ακόμη ανοιχτή", null), Optional.empty()).complaint();
        Instant afterComplaints = closed.retainUntil().orElseThrow().plusSeconds(60);

        PurgeReport first = purges.purge(afterComplaints);

        assertThat(first.complaints()).isGreaterThanOrEqualTo(1);
        assertThat(first.complaintNotes()).isGreaterThanOrEqualTo(1);
        assertThat(first.auditEntries()).as("kept ten years").isZero();
        assertThat(complaints.find(closed.id(), OFFICER)).isEmpty();
        assertThat(complaints.find(open.id(), OFFICER)).as("open: never purged").isPresent();
        AuditRecord purge = trail.find(first.auditSequence()).orElseThrow();
        assertThat(purge.entry().action()).isEqualTo(AuditAction.PURGE);
        assertThat(purge.entry().user()).isEqualTo(PurgeService.ACTOR);
        assertThat(purge.entry().reason()).contains(first.complaints() + " complaints").contains("call records")
                .contains("legal basis");
        assertThat(trail.verify().intact()).isTrue();

        PurgeReport later = purges.purge(afterComplaints.plus(Duration.ofDays(3651)));

        assertThat(later.auditEntries()).as("every entry before the second purge's").isGreaterThan(0);
        assertThat(trail.find(first.auditSequence())).isEmpty();
        assertThat(trail.find(later.auditSequence())).hasValueSatisfying(r -> assertThat(r.entry().reason())
                .contains(later.auditEntries() + " audit entries"));
        assertThat(trail.verify()).satisfies(v -> {
            assertThat(v.intact()).as(v.summary()).isTrue();
            assertThat(v.firstSequence()).as("the chain now starts at the second purge's entry")
                    .isEqualTo(later.auditSequence());
        });
    }

    private static Staff staff(String user) {
        return Staff.in(Path.of(System.getProperty("jboss.server.data.dir")), user);
    }
}
