package org.govcc.reference.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.govcc.api.call.PhoneNumber;
import org.govcc.api.call.SealedNumber;
import org.junit.jupiter.api.Test;

class CallbackNumberSealTest {

    private static final PhoneNumber CALLER = new PhoneNumber("306912345678");

    private final TestKeys.Ring ring = TestKeys.ring();
    private final CallbackNumberSeal seal = new CallbackNumberSeal(new Sealer(ring.keys()));

    @Test
    void aSealedNumberHoldsNoDigitsOfTheNumberAndOpensToIt() {
        SealedNumber sealed = seal.seal(CALLER);

        assertThat(sealed.token()).doesNotContain("3069", "12345678", "5678");
        assertThat(new String(Base64.getDecoder().decode(sealed.token()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("5678");
        assertThat(sealed.toString()).doesNotContain(sealed.token());
        assertThat(seal.seal(CALLER)).as("a fresh nonce each time: two seals cannot be matched").isNotEqualTo(sealed);
        assertThat(seal.open(sealed)).isEqualTo(CALLER);
    }

    @Test
    void aNumberSealedBeforeARotationStillOpens() {
        SealedNumber before = seal.seal(CALLER);
        ring.rotate(KeyPurpose.CALLBACK_NUMBER);

        assertThat(Sealer.keyVersion(seal.seal(CALLER).token())).isEqualTo(2);
        assertThat(seal.open(before)).isEqualTo(CALLER);
    }

    @Test
    void anAlteredSealOrOneOfAnotherPurposeIsRefusedWithoutTheNumber() {
        SealedNumber sealed = seal.seal(CALLER);
        byte[] bytes = Base64.getDecoder().decode(sealed.token());
        bytes[bytes.length - 1] ^= 1;
        SealedNumber altered = new SealedNumber(Base64.getEncoder().encodeToString(bytes));
        String complaintField = new Sealer(ring.keys()).sealText(KeyPurpose.COMPLAINT_CONTENT, CALLER.digits(),
                AssociatedData.of("GOVCC_CALL_RECORD", "CALLBACK_SEALED", "caller"));

        assertThatThrownBy(() -> seal.open(altered)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not open").hasMessageNotContaining(CALLER.digits());
        assertThatThrownBy(() -> seal.open(new SealedNumber(complaintField)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(CALLER.digits());
    }
}
