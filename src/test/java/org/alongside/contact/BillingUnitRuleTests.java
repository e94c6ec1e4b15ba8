package org.alongside.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillingUnitRuleTests {

    private final BillingUnitRule h0038 = new BillingUnitRule("H0038", 15, 8, 16);

    @ParameterizedTest(name = "{0} minutes → {1} units")
    @CsvSource({"1,0", "7,0", "8,1", "15,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "240,16", "1440,96"})
    void aUnitCountsFromEightMinutes(int minutes, int units) {
        assertThat(h0038.unitsFor(minutes)).isEqualTo(units);
    }

    @Test
    void theDailyCapLimitsWhatIsLeftForThePerson() {
        assertThat(h0038.unitsFor(60, 0)).isEqualTo(4);
        assertThat(h0038.unitsFor(60, 14)).isEqualTo(2);
        assertThat(h0038.unitsFor(60, 16)).isZero();
        assertThat(h0038.unitsFor(60, 20)).isZero();
    }
}
