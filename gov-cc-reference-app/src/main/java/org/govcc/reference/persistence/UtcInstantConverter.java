package org.govcc.reference.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Stores an {@link Instant} as an SQL timestamp (schema version 3), so that the database compares and groups by time:
 * {@code TIMESTAMP WITH TIME ZONE} on PostgreSQL, {@code TIMESTAMP} in UTC on H2. EclipseLink 4.0.9 has no
 * {@code Instant} mapping and binds an {@code OffsetDateTime} as a {@link Timestamp} anyway, so the converter hands it
 * a {@link Timestamp}; a zoned H2 column would come back as an {@code OffsetDateTime}, which is why H2's is not zoned.
 *
 * <p>Both databases keep microseconds: finer digits are dropped (truncated toward the past) here and by
 * {@link #stored}, which the stores apply before an instant reaches an entity, so that what an entity holds, what the
 * database holds and what is read back are the same instant. On PostgreSQL the value is exact in any JVM time zone;
 * H2 converts a {@link Timestamp} to its session's time zone, which must be UTC ({@code TIME ZONE=UTC} in the JDBC
 * URL, as {@code scripts/wildfly/govcc-h2.cli} sets it), else the hour when clocks go back is stored an hour off.
 */
@Converter(autoApply = false)
public class UtcInstantConverter implements AttributeConverter<Instant, Timestamp> {

    /** The precision the columns keep. */
    static final ChronoUnit PRECISION = ChronoUnit.MICROS;

    /** {@code at} as the database keeps it: truncated to the microsecond. */
    public static Instant stored(Instant at) {
        return at == null ? null : at.truncatedTo(PRECISION);
    }

    @Override
    public Timestamp convertToDatabaseColumn(Instant attribute) {
        return attribute == null ? null : Timestamp.from(stored(attribute));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp column) {
        return column == null ? null : column.toInstant();
    }
}
