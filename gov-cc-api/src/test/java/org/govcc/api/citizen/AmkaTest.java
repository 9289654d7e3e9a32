package org.govcc.api.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmkaTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "79927398713", // the textbook Luhn example, which happens to have 11 digits
            "01018012342", // 01/01/80 payload, check digit worked out by hand
            "00000000000"})
    void acceptsNumbersWithAValidLuhnCheckDigit(String digits) {
        assertThat(Amka.isValid(digits)).isTrue();
        assertThat(new Amka(digits).digits()).isEqualTo(digits);
    }

    @Test
    void rejectsAWrongCheckDigitAndSaysWhichDigitWasExpected() {
        assertThatThrownBy(() -> new Amka("01018012343"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("check digit")
                .hasMessageContaining("ends in 3")
                .hasMessageContaining("is 2");
    }

    @Test
    void rejectsTheWrongLengthWithTheLengthInTheMessage() {
        assertThat(Amka.problemWith("0101801234")).hasValueSatisfying(p ->
                assertThat(p).contains("11 digits").contains("has 10 characters"));
        assertThat(Amka.problemWith("010180123421")).hasValueSatisfying(p -> assertThat(p).contains("has 12"));
    }

    @Test
    void rejectsNonDigitsAndNamesThePosition() {
        assertThat(Amka.problemWith("0101801234A")).hasValueSatisfying(p ->
                assertThat(p).contains("digits only").contains("'A' at position 11"));
        assertThat(Amka.problemWith(null)).contains("AMKA is missing");
    }

    @Test
    void detectsEverySingleDigitTypo() {
        String valid = "79927398713";
        for (int i = 0; i < valid.length(); i++) {
            for (char c = '0'; c <= '9'; c++) {
                if (c == valid.charAt(i)) {
                    continue;
                }
                String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                assertThat(Amka.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @Test
    void printsMaskedSoLogsDoNotLeakIt() {
        assertThat(new Amka("01018012342")).hasToString("*******2342");
    }
}
