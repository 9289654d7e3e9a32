package org.govcc.reference.security.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CallerHasherTest {

    private final TestKeys.Ring ring = TestKeys.ring();
    private final CallerHasher hasher = new CallerHasher(ring.keys());

    @Test
    void theSameNumberUnderTheSameKeyGivesTheSameHashWhateverItsWriting() {
        CallerHash hash = hasher.hash("+306912345678");

        for (String same : List.of("+30 691 234 5678", "0030-691-234-5678", "306912345678", "6912345678",
                "(+30) 691.234.5678")) {
            assertThat(hasher.hash(same)).as(same).isEqualTo(hash);
        }
        assertThat(hash.keyVersion()).isEqualTo(1);
        assertThat(hash.digest()).hasSize(64).doesNotContain("6912345678");
    }

    @Test
    void differentNumbersAndDifferentKeysGiveDifferentHashes() {
        CallerHash hash = hasher.hash("+306912345678");

        assertThat(hasher.hash("+306912345679")).isNotEqualTo(hash);
        assertThat(new CallerHasher(TestKeys.random()).hash("+306912345678").digest()).isNotEqualTo(hash.digest());
    }

    @Test
    void afterARotationNewHashesUseTheNewKeyAndEveryVersionsHashIsFound() {
        CallerHash before = hasher.hash("6912345678");
        ring.rotate(KeyPurpose.CALLER_NUMBER);

        CallerHash after = hasher.hash("6912345678");

        assertThat(after.keyVersion()).isEqualTo(2);
        assertThat(after.digest()).isNotEqualTo(before.digest());
        assertThat(hasher.allVersions("+306912345678")).containsExactly(before, after);
    }

    @Test
    void aWithheldNumberHasNoHashAndARefusalNeverRepeatsTheValue() {
        assertThat(hasher.hashIfNumber("anonymous")).isEmpty();
        assertThat(hasher.hashIfNumber(null)).isEmpty();
        assertThat(hasher.hashIfNumber("2101234567")).isPresent();
        assertThatThrownBy(() -> hasher.hash("Maria 6912345678")).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("6912345678").doesNotContain("Maria"));
    }

    @Test
    void theStoredFormReadsBack() {
        CallerHash hash = hasher.hash("1555");

        assertThat(CallerHash.parse(hash.stored())).isEqualTo(hash);
        assertThat(hash.toString()).startsWith("v1:").hasSize(67);
        assertThatThrownBy(() -> CallerHash.parse("v1:abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsShortCodesAndForeignNumbersAsGiven() {
        assertThat(CallerHasher.canonical("1555")).isEqualTo("1555");
        assertThat(CallerHasher.canonical("0044 20 7946 0018")).isEqualTo("+442079460018");
        assertThat(CallerHasher.canonical("2101234567")).isEqualTo("+302101234567");
    }
}
