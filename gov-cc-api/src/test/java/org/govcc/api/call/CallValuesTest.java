package org.govcc.api.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallValuesTest {

    @Test
    void phoneNumbersAreParsedTheWayPeopleWriteThem() {
        assertThat(PhoneNumber.parse("+30 210-123.45 (67)")).isEqualTo(new PhoneNumber("+302101234567"));
        assertThat(new PhoneNumber("112").digits()).isEqualTo("112");
    }

    @Test
    void aPhoneNumberWithLettersIsRefusedWithTheValue() {
        assertThatThrownBy(() -> PhoneNumber.parse("210-CALL-ME"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'210CALLME'");
    }

    @Test
    void idsRefuseBlanksAndControlCharactersNamingTheField() {
        assertThatThrownBy(() -> new CallId(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call id");
        assertThatThrownBy(() -> new LineId("main\nline"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line id");
    }

    @Test
    void anonymisingACallDropsTheNumberAndKeepsTheRest() {
        Call call = Call.inbound(new CallId("c1"), new LineId("main"), CallerId.of(new PhoneNumber("6912345678")),
                Language.GREEK, Instant.EPOCH);
        Call anonymous = call.anonymised();
        assertThat(anonymous.caller().number()).isEmpty();
        assertThat(anonymous).isEqualTo(new Call(call.id(), call.line(), CallerId.anonymous(), call.language(),
                Direction.INBOUND, call.arrivedAt()));
        assertThat(call.withLanguage(Language.ENGLISH).language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void languagesAreIsoCodes() {
        assertThat(Language.GREEK.locale().getLanguage()).isEqualTo("el");
        assertThatThrownBy(() -> new Language("Greek"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Greek'");
    }

    @Test
    void variablesAreImmutableAndKeepTheirOrder() {
        CallVariables empty = CallVariables.empty();
        CallVariables vars = empty.with("language", "el").with("topic", "pensions").with("amka", "01018012342");
        assertThat(empty.values()).isEmpty();
        assertThat(vars.values().keySet()).containsExactly("language", "topic", "amka");
        assertThat(vars.get("topic")).contains("pensions");
        assertThatThrownBy(() -> vars.values().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void variablesRefuseBadNamesAndOversizedValues() {
        assertThatThrownBy(() -> CallVariables.empty().with("1st", "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1st'");
        assertThatThrownBy(() -> new CallVariables(Map.of("note", "x".repeat(1025))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("variable note");
    }

    @Test
    void aPseudonymousCallerHasNoNumberAndKeepsItsPseudonymWhenTheCallIsAnonymised() {
        Call call = Call.inbound(new CallId("c1"), new LineId("complaints"), CallerId.pseudonymous("v1:ab12"),
                Language.GREEK, Instant.EPOCH);
        assertThat(call.caller().number()).isEmpty();
        assertThat(call.anonymised().caller().pseudonym()).contains("v1:ab12");
        assertThat(CallerId.of(new PhoneNumber("6912345678")).pseudonym()).isEmpty();
        assertThat(CallerId.of(new PhoneNumber("6912345678")).withoutNumber()).isEqualTo(CallerId.anonymous());
    }

    @Test
    void aPseudonymThatCouldHoldAnythingIsRefusedWithoutRepeatingIt() {
        assertThatThrownBy(() -> CallerId.pseudonymous("+30 691 234 5678"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("691")
                .hasMessageContaining("16 characters");
        assertThatThrownBy(() -> CallerPseudonyms.none().pseudonymOf(new PhoneNumber("6912345678")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("6912345678");
    }
}
