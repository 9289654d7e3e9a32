package org.govcc.reference.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.govcc.api.internal.Require;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.SecretKeys;
import org.govcc.reference.security.keys.VersionedKey;

/**
 * Removes the audit entries whose retention has ended, from the chain's start, without breaking its verification:
 * the head's first entry moves to the oldest entry kept, and its {@code FIRST_PREV_HASH} becomes that entry's
 * previous hash (the hash of the last one removed), re-authenticated in the head's MAC. The {@link AuditVerifier}
 * starts there, so the kept chain verifies, and removing further entries by hand is still seen (missing entries, or a
 * head whose MAC does not match).
 *
 * <p>Only a prefix is removed: an entry that must still be kept stops the purge there, even if later entries have
 * expired (their retention can differ), since a hole inside the chain could not be told from a deletion. Runs under
 * the head's row lock, like {@link AuditTrail#append}, so it never races an append. Thread-safe.
 */
@ApplicationScoped
public class AuditRetention {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "govcc")
    EntityManager em;

    @Inject
    SecretKeys keys;

    /** For CDI. */
    protected AuditRetention() {
    }

    private AuditRetention(EntityManager em, SecretKeys keys) {
        this.em = Require.nonNull(em, "entity manager");
        this.keys = Require.nonNull(keys, "keys");
    }

    /** A purge over {@code em}, in its current transaction (which the caller begins and commits), for tests. */
    public static AuditRetention using(EntityManager em, SecretKeys keys) {
        return new AuditRetention(em, keys);
    }

    /**
     * Removes the entries from the chain's start whose retention ended before {@code now}, up to the first that is
     * still kept; returns how many.
     */
    @Transactional
    public int purgeExpired(Instant now) {
        Require.nonNull(now, "now");
        AuditHeadEntity head = em.find(AuditHeadEntity.class, AuditHeadEntity.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null || head.lastSequence < head.firstSequence) {
            return 0;
        }
        long first = head.firstSequence;
        String firstPrevious = head.firstPreviousHash;
        int removed = 0;
        while (first <= head.lastSequence) {
            List<AuditEntryEntity> batch = em.createQuery("SELECT a FROM AuditEntryEntity a WHERE a.sequence >= :from"
                    + " AND a.sequence <= :last ORDER BY a.sequence", AuditEntryEntity.class)
                    .setParameter("from", first).setParameter("last", head.lastSequence).setMaxResults(BATCH)
                    .getResultList();
            int expired = 0;
            while (expired < batch.size() && batch.get(expired).retainUntil.isBefore(now)
                    && batch.get(expired).sequence == first + expired) {
                expired++;
            }
            if (expired == 0) {
                break;
            }
            AuditEntryEntity lastRemoved = batch.get(expired - 1);
            em.createQuery("DELETE FROM AuditEntryEntity a WHERE a.sequence >= :from AND a.sequence <= :to")
                    .setParameter("from", first).setParameter("to", lastRemoved.sequence).executeUpdate();
            removed += expired;
            first = lastRemoved.sequence + 1;
            firstPrevious = lastRemoved.hash;
            if (expired < batch.size()) {
                break;
            }
        }
        if (removed > 0) {
            VersionedKey key = keys.current(KeyPurpose.AUDIT_CHAIN);
            head.firstSequence = first;
            head.firstPreviousHash = firstPrevious;
            head.keyVersion = key.version();
            head.mac = AuditChain.headMac(head.lastSequence, head.lastHash, first, firstPrevious, key);
            em.flush();
        }
        return removed;
    }
}
