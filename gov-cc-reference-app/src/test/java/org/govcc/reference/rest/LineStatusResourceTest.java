package org.govcc.reference.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.govcc.reference.config.MinistryOfLabourLine;
import org.junit.jupiter.api.Test;

/** What {@code GET /api/lines} returns, without a server: the ministry's configuration on a fixed clock. */
class LineStatusResourceTest {

    @Test
    void namesTheHolidayThatClosesTheMainLineInEachOfItsLanguages() {
        List<LineStatus> lines = resourceAt("2026-12-25T10:00+02:00").lines();

        LineStatus main = lines.get(0);
        assertThat(main.open()).isFalse();
        assertThat(main.closedReason()).isEqualTo("PUBLIC_HOLIDAY");
        assertThat(main.occasion()).isEqualTo("Christmas Day");
        assertThat(main.occasions()).isEqualTo(Map.of("el", "Χριστούγεννα", "en", "Christmas Day"));
        LineStatus complaints = lines.get(1);
        assertThat(complaints.open()).isTrue();
        assertThat(complaints.occasions()).isEmpty();
    }

    @Test
    void namesNoOccasionOutsideOrdinaryHours() {
        LineStatus main = resourceAt("2026-12-02T22:00+02:00").lines().get(0);

        assertThat(main.closedReason()).isEqualTo("OUTSIDE_HOURS");
        assertThat(main.occasion()).isNull();
        assertThat(main.occasions()).isEmpty();
    }

    private static LineStatusResource resourceAt(String instant) {
        LineStatusResource resource = new LineStatusResource();
        resource.configuration = MinistryOfLabourLine.configuration();
        resource.schedule = resource.configuration.calendar();
        resource.clock = Clock.fixed(OffsetDateTime.parse(instant).toInstant(), ZoneOffset.UTC);
        return resource;
    }
}
