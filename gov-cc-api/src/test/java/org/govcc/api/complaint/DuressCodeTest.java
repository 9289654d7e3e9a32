package org.govcc.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DuressCodeTest {

    @Test
    void theCodeIsFoundAtTheEndOfWhatWasPressedWhateverCameBefore() {
        DuressCode code = new DuressCode("55");

        assertThat(code.endsIn("55")).isTrue();
        assertThat(code.endsIn("1955")).isTrue();
        assertThat(code.endsIn("5")).isFalse();
        assertThat(code.endsIn("551")).isFalse();
        assertThat(code.endsIn("")).isFalse();
        assertThat(new DuressCode("*9#").endsIn("0*9#")).isTrue();
    }

    @Test
    void keysOutsideTheKeypadOrOfAnotherLengthAreRefusedByName() {
        for (String bad : new String[] {"5", "123456789", "5a", "5 5", ""}) {
            assertThatThrownBy(() -> new DuressCode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("duress code");
        }
    }
}
