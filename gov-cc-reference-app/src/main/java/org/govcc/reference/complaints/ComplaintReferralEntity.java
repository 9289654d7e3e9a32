package org.govcc.reference.complaints;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.govcc.reference.persistence.UtcInstantConverter;

/** A complaint's referral to one authority: its status now and since when; the authority's reference sealed. */
@Entity
@Cacheable(false)
@Table(name = "GOVCC_COMPLAINT_REFERRAL")
@IdClass(ComplaintReferralEntity.Key.class)
public class ComplaintReferralEntity {

    /** The table, as the sealed column's associated data names it. */
    static final String TABLE = "GOVCC_COMPLAINT_REFERRAL";

    @Id
    @Column(name = "COMPLAINT_NUMBER")
    long complaint;

    @Id
    @Column(name = "AGENCY", length = 32)
    String agency;

    @Column(name = "STATUS", nullable = false, length = 16)
    String status;

    @Column(name = "STATUS_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant statusAt;

    @Column(name = "SET_BY", nullable = false, length = 128)
    String setBy;

    @Column(name = "FIRST_AT", nullable = false)
    @Convert(converter = UtcInstantConverter.class)
    Instant firstAt;

    @Column(name = "REFERENCE_SEALED", length = 1024)
    byte[] referenceSealed;

    /** The primary key, as JPA's {@code @IdClass} wants it. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        long complaint;
        String agency;

        /** For JPA. */
        public Key() {
        }

        Key(long complaint, String agency) {
            this.complaint = complaint;
            this.agency = agency;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && complaint == k.complaint && Objects.equals(agency, k.agency);
        }

        @Override
        public int hashCode() {
            return Objects.hash(complaint, agency);
        }
    }
}
