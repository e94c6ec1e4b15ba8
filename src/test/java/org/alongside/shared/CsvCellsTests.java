package org.alongside.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells a spreadsheet would run as formulas are neutralised; ordinary text is left exactly as written. */
class CsvCellsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+SUM(A1)",
                "-2+3",
                "@cmd",
                "|calc",
                "\tx",
                "\rx",
                "\uFF1DHYPERLINK(\"x\")",
                "\uFF0B1",
                "\uFF0D1",
                "\uFF20x",
                "\uFF5Cx",
                "\u200B=1+1",
                "\uFEFF=1",
                "\u2060\u200D=1",
                " =1",
                "\u00A0=1",
                "\u3000=1"
            })
    void aFormulaIsNeutralisedWhateverStandsInvisiblyBeforeIt(String formula) {
        assertThat(CsvCells.neutralise(formula)).isEqualTo("'" + formula);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Walked to the library", "3 units", "Ana Pérez", "a=b", "", "\u200Bhello", "’quoted"})
    void ordinaryTextIsKeptAsWritten(String text) {
        assertThat(CsvCells.neutralise(text)).isEqualTo(text);
    }

    @org.junit.jupiter.api.Test
    void nothingBecomesAnEmptyCell() {
        assertThat(CsvCells.neutralise(null)).isEmpty();
    }
}
