package org.govcc.reference.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SealerTest {

    private static final KeyPurpose CONTENT = KeyPurpose.COMPLAINT_CONTENT;
    private static final AssociatedData ROW_17 = AssociatedData.of("GOVCC_COMPLAINT", "NARRATIVE", "17");

    private final TestKeys.Ring ring = TestKeys.ring();
    private final Sealer sealer = new Sealer(ring.keys());

    @Test
    void opensWhatItSealedAndTheBlobHoldsNoPlaintext() {
        String narrative = "Ο προϊστάμενός μου με παρενοχλεί από τον Μάρτιο";

        String sealed = sealer.sealText(CONTENT, narrative, ROW_17);

        assertThat(sealer.openText(CONTENT, sealed, ROW_17)).isEqualTo(narrative);
        byte[] raw = Base64.getDecoder().decode(sealed);
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("Μάρτιο");
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("Mar");
        assertThat(Sealer.keyVersion(sealed)).isEqualTo(1);
    }

    @Test
    void sealsTheSameTextDifferentlyEachTimeWithARandomNonce() {
        byte[] a = sealer.seal(CONTENT, "same".getBytes(StandardCharsets.UTF_8), ROW_17);
        byte[] b = sealer.seal(CONTENT, "same".getBytes(StandardCharsets.UTF_8), ROW_17);

        assertThat(a).isNotEqualTo(b);
        assertThat(a).hasSize(3 + 2 + 12 + 4 + 16); // header, nonce, 4 bytes of text, tag
    }

    @Test
    void refusesABlobWithAnyOneByteAltered() {
        byte[] sealed = sealer.seal(CONTENT, "the employer's name".getBytes(StandardCharsets.UTF_8), ROW_17);
        for (int i = 0; i < sealed.length; i++) {
            byte[] altered = sealed.clone();
            altered[i] ^= 0x01;
            assertThatThrownBy(() -> sealer.open(CONTENT, altered, ROW_17)).as("byte %d altered", i)
                    .isInstanceOf(SealRefusedException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("employer"));
        }
    }

    @Test
    void refusesATruncatedBlobOrOneThatIsNotSealed() {
        byte[] sealed = sealer.seal(CONTENT, "x".getBytes(StandardCharsets.UTF_8), ROW_17);

        assertThatThrownBy(() -> sealer.open(CONTENT, java.util.Arrays.copyOf(sealed, sealed.length - 1), ROW_17))
                .isInstanceOf(SealRefusedException.class);
        assertThatThrownBy(() -> sealer.open(CONTENT, new byte[10], ROW_17)).isInstanceOf(SealRefusedException.class)
                .hasMessageContaining("not a sealed value");
        assertThatThrownBy(() -> sealer.openText(CONTENT, "plain text!", ROW_17))
                .isInstanceOf(SealRefusedException.class);
    }

    @Test
    void refusesToOpenAValueWithAnotherRowsOrColumnsAssociatedData() {
        String sealed = sealer.sealText(CONTENT, "narrative", ROW_17);

        assertThatThrownBy(() -> sealer.openText(CONTENT, sealed, AssociatedData.of("GOVCC_COMPLAINT", "NARRATIVE",
                "18"))).isInstanceOf(SealRefusedException.class).hasMessageContaining("another row or column");
        assertThatThrownBy(() -> sealer.openText(CONTENT, sealed, AssociatedData.of("GOVCC_COMPLAINT", "EMPLOYER",
                "17"))).isInstanceOf(SealRefusedException.class);
        // The parts are length-prefixed: moving a character from one part to the next is other data.
        assertThatThrownBy(() -> sealer.openText(CONTENT, sealed, AssociatedData.of("GOVCC_COMPLAINTN", "ARRATIVE",
                "17"))).isInstanceOf(SealRefusedException.class);
    }

    @Test
    void aRotationSealsNewValuesWithTheNewKeyAndOldValuesStayReadable() {
        String before = sealer.sealText(CONTENT, "written under v1", ROW_17);

        assertThat(ring.rotate(CONTENT)).isEqualTo(2);
        String after = sealer.sealText(CONTENT, "written under v2", ROW_17);

        assertThat(Sealer.keyVersion(before)).isEqualTo(1);
        assertThat(Sealer.keyVersion(after)).isEqualTo(2);
        assertThat(sealer.openText(CONTENT, before, ROW_17)).isEqualTo("written under v1");
        assertThat(sealer.openText(CONTENT, after, ROW_17)).isEqualTo("written under v2");
        String resealed = sealer.resealText(CONTENT, before, ROW_17);
        assertThat(Sealer.keyVersion(resealed)).isEqualTo(2);
        assertThat(sealer.openText(CONTENT, resealed, ROW_17)).isEqualTo("written under v1");
    }

    @Test
    void aValueWhoseKeyVersionTheStoreLacksIsRefusedNamingTheVersion() {
        String sealed = sealer.sealText(CONTENT, "x", ROW_17);
        ring.rotate(CONTENT);
        ring.remove(CONTENT.alias(1));

        assertThatThrownBy(() -> sealer.openText(CONTENT, sealed, ROW_17)).isInstanceOf(SealRefusedException.class)
                .hasMessageContaining("key version 1");
    }

    @Test
    void aValueSealedUnderAnotherStoresKeyDoesNotOpen() {
        String sealed = sealer.sealText(CONTENT, "x", ROW_17);
        Sealer other = new Sealer(TestKeys.random());

        assertThatThrownBy(() -> other.openText(CONTENT, sealed, ROW_17)).isInstanceOf(SealRefusedException.class);
    }

    @Test
    void refusesToSealWithAKeyThatAuthenticates() {
        assertThatThrownBy(() -> sealer.sealText(KeyPurpose.AUDIT_CHAIN, "x", ROW_17))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not encrypt");
    }
}
