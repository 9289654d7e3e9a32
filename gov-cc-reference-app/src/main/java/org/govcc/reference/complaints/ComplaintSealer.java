package org.govcc.reference.complaints;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.govcc.api.internal.Require;
import org.govcc.reference.security.keys.AssociatedData;
import org.govcc.reference.security.keys.KeyPurpose;
import org.govcc.reference.security.keys.SealRefusedException;
import org.govcc.reference.security.keys.Sealer;

/**
 * The deployment's {@link FieldSealer}: the line's {@link Sealer} (AES-256-GCM) under the
 * {@link KeyPurpose#COMPLAINT_CONTENT} key, the value bound to its table, column and row. A value sealed before a key
 * rotation names its key version and still opens. Thread-safe.
 */
@ApplicationScoped
public class ComplaintSealer implements FieldSealer {

    private Sealer sealer;

    /** For CDI's proxy. */
    protected ComplaintSealer() {
    }

    /** A field sealer over {@code sealer}. */
    @Inject
    public ComplaintSealer(Sealer sealer) {
        this.sealer = Require.nonNull(sealer, "sealer");
    }

    @Override
    public byte[] seal(String text, SealedColumn where) {
        return sealer.seal(KeyPurpose.COMPLAINT_CONTENT, text.getBytes(StandardCharsets.UTF_8), data(where));
    }

    @Override
    public String open(byte[] sealed, SealedColumn where) {
        try {
            return new String(sealer.open(KeyPurpose.COMPLAINT_CONTENT, sealed, data(where)), StandardCharsets.UTF_8);
        } catch (SealRefusedException e) {
            throw new IllegalStateException("the value at " + where + " does not open: " + e.getMessage(), e);
        }
    }

    private static AssociatedData data(SealedColumn where) {
        return AssociatedData.of(where.table(), where.column(), where.row());
    }
}
