package org.govcc.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AfmTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "090000045", // 9*2^7 + 4*2^1 = 1160; 1160 mod 11 = 5
            "094014201", // 9*2^7 + 4*2^6 + 1*2^4 + 4*2^3 + 2*2^2 = 1464; 1464 mod 11 = 1
            "000000050"}) // 5*2^1 = 10; 10 mod 11 = 10; 10 mod 10 = 0
    void acceptsNumbersWhoseCheckDigitWasWorkedOutByHand(String digits) {
        assertThat(Afm.isValid(digits)).isTrue();
        assertThat(new Afm(digits).digits()).isEqualTo(digits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"090000046", "094014200", "000000051", "123456789"})
    void rejectsNumbersWithAWrongCheckDigit(String digits) {
        assertThat(Afm.problemWith(digits)).hasValueSatisfying(p -> assertThat(p).contains("check digit is wrong"));
    }

    @Test
    void saysWhichCheckDigitWasExpected() {
        assertThatThrownBy(() -> new Afm("090000046"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends in 6")
                .hasMessageContaining("is 5");
    }

    @Test
    void rejectsAllZerosLengthAndNonDigitsWithTheReason() {
        assertThat(Afm.problemWith("000000000")).contains("AFM must not be all zeros");
        assertThat(Afm.problemWith("09000004")).hasValueSatisfying(p ->
                assertThat(p).contains("9 digits").contains("has 8 characters"));
        assertThat(Afm.problemWith("09000004x")).hasValueSatisfying(p -> assertThat(p).contains("'x' at position 9"));
        assertThat(Afm.problemWith(null)).contains("AFM is missing");
    }

    @Test
    void printsMasked() {
        assertThat(new Afm("090000045")).hasToString("******045");
    }
}
