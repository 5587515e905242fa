package kz.tendik.indicators;

import java.math.BigDecimal;

import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class GenderInequalityIndexTest {

    /** As stored in the HDR file (the method note prints them rounded: MMR 13.38, PR 24.675 / 75.325). */
    private static final GenderInequalityIndex.Inputs KAZAKHSTAN_2022 = new GenderInequalityIndex.Inputs(
            13.38363194, 20.882, 100.0, 100.0, 24.67532468, 75.32467532, 63.3, 74.6);

    @Test
    void kazakhstan2022GivesTheWorkedValuesOfTheMethodNote() {
        GenderInequalityIndex.Result r = GenderInequalityIndex.compute(KAZAKHSTAN_2022).orElseThrow();

        assertThat(r.gii()).isCloseTo(0.177427, within(5e-7));
        assertThat(r.healthF()).isCloseTo(0.18916, within(5e-6));
        assertThat(r.empF()).isCloseTo(0.49674, within(5e-6));
        assertThat(r.empM()).isCloseTo(0.86790, within(5e-6));
        assertThat(r.gF()).isCloseTo(0.39035, within(5e-6));
        assertThat(r.gM()).isCloseTo(0.86511, within(5e-6));
        assertThat(r.harm()).isCloseTo(0.53796, within(5e-6));
        assertThat(r.gbar()).isCloseTo(0.65400, within(5e-6));
        assertThat(r.published()).isEqualByComparingTo("0.177");
        assertThat(r.method()).isEqualTo(GenderInequalityIndex.METHOD);
        assertThat(r.method().toString()).isEqualTo("undp-gii@hdr-2023-24");
        assertThat(r.inputs()).isEqualTo(KAZAKHSTAN_2022);
    }

    @Test
    void kazakhstan2022FromTheRoundedInputsOfTheMethodNoteStillPublishesAs0177() {
        GenderInequalityIndex.Result r = GenderInequalityIndex.compute(
                new GenderInequalityIndex.Inputs(13.38, 20.882, 100.0, 100.0, 24.675, 75.325, 63.3, 74.6)).orElseThrow();

        assertThat(r.published()).isEqualByComparingTo("0.177");
        assertThat(r.gii()).isCloseTo(0.177427, within(5e-5));
    }

    @Test
    void maternalMortalityIsClippedToTenAndAThousand() {
        GenderInequalityIndex.Result low = compute(3.0, 20.0, 10.0);
        GenderInequalityIndex.Result ten = compute(10.0, 20.0, 10.0);
        GenderInequalityIndex.Result high = compute(1500.0, 20.0, 10.0);
        GenderInequalityIndex.Result thousand = compute(1000.0, 20.0, 10.0);

        assertThat(low.mmrUsed()).isEqualTo(10);
        assertThat(low.gii()).isEqualTo(ten.gii());
        assertThat(high.mmrUsed()).isEqualTo(1000);
        assertThat(high.gii()).isEqualTo(thousand.gii());
        assertThat(low.healthF()).isCloseTo(Math.sqrt(1 / 20.0), within(1e-15));
    }

    @Test
    void aParliamentShareOfZeroCountsAsOneHundredthOfAPercent() {
        GenderInequalityIndex.Result none = GenderInequalityIndex.compute(
                new GenderInequalityIndex.Inputs(50.0, 20.0, 80.0, 90.0, 0.0, 100.0, 50.0, 70.0)).orElseThrow();
        GenderInequalityIndex.Result floor = GenderInequalityIndex.compute(
                new GenderInequalityIndex.Inputs(50.0, 20.0, 80.0, 90.0, 0.01, 100.0, 50.0, 70.0)).orElseThrow();

        assertThat(none.prFUsed()).isEqualTo(0.01);
        assertThat(none.gii()).isEqualTo(floor.gii());
        assertThat(none.empF()).isCloseTo(Math.sqrt(0.0001 * 0.8), within(1e-15));
    }

    @Test
    void theAdolescentBirthRateIsUsedAsGiven() {
        assertThat(compute(10.0, 0.876, 20.0).healthF()).isCloseTo(Math.sqrt(1 / 0.876), within(1e-12));
    }

    @Test
    void missingInputsGiveNotComputableNamingThem() {
        Outcome<GenderInequalityIndex.Result> outcome = GenderInequalityIndex.compute(
                new GenderInequalityIndex.Inputs(13.38, null, 100.0, 100.0, 24.675, null, 63.3, 74.6));

        assertThat(outcome.computable()).isFalse();
        assertThat(outcome.result()).isEmpty();
        Outcome.NotComputable<GenderInequalityIndex.Result> not = (Outcome.NotComputable<GenderInequalityIndex.Result>) outcome;
        assertThat(not.missing()).containsExactly("abr", "pr_m");
        assertThat(not.method()).isEqualTo(GenderInequalityIndex.METHOD);
        assertThatThrownBy(outcome::orElseThrow).hasMessageContaining("missing abr, pr_m");
    }

    @Test
    void anAdolescentBirthRateOfZeroIsOutsideTheMethod() {
        Outcome<GenderInequalityIndex.Result> outcome = GenderInequalityIndex.compute(
                new GenderInequalityIndex.Inputs(13.38, 0.0, 100.0, 100.0, 24.675, 75.325, 63.3, 74.6));

        assertThat(((Outcome.NotComputable<?>) outcome).outOfRange()).singleElement().asString().startsWith("abr");
    }

    @Test
    void negativeOrNonFiniteInputsAreRefused() {
        assertThatThrownBy(() -> new GenderInequalityIndex.Inputs(13.38, -1.0, 100.0, 100.0, 24.0, 76.0, 63.3, 74.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("abr");
        assertThatThrownBy(() -> new GenderInequalityIndex.Inputs(Double.NaN, 1.0, 100.0, 100.0, 24.0, 76.0, 63.3, 74.6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mmr");
    }

    @Test
    void everyWorkedExampleOfTheIndependentImplementationIsMatched() {
        CsvTable examples = CsvTable.read(getClass().getResourceAsStream("/indicators/reference/gii_examples.csv"));
        assertThat(examples.rows()).hasSize(14);
        for (CsvTable.Row row : examples.rows()) {
            GenderInequalityIndex.Result r = GenderInequalityIndex.compute(new GenderInequalityIndex.Inputs(
                    d(examples, row, "mmr"), d(examples, row, "abr"), d(examples, row, "se_f"), d(examples, row, "se_m"),
                    d(examples, row, "pr_f"), d(examples, row, "pr_m"), d(examples, row, "lfpr_f"),
                    d(examples, row, "lfpr_m"))).orElseThrow();
            String what = row.cell(0) + " " + row.cell(2);
            assertThat(r.mmrUsed()).as(what).isCloseTo(d(examples, row, "calc_mmr_used"), within(1e-9));
            assertThat(r.healthF()).as(what).isCloseTo(d(examples, row, "calc_health_f"), within(1e-9));
            assertThat(r.empF()).as(what).isCloseTo(d(examples, row, "calc_emp_f"), within(1e-9));
            assertThat(r.empM()).as(what).isCloseTo(d(examples, row, "calc_emp_m"), within(1e-9));
            assertThat(r.gF()).as(what).isCloseTo(d(examples, row, "calc_g_f"), within(1e-9));
            assertThat(r.gM()).as(what).isCloseTo(d(examples, row, "calc_g_m"), within(1e-9));
            assertThat(r.harm()).as(what).isCloseTo(d(examples, row, "calc_harm"), within(1e-9));
            assertThat(r.gbar()).as(what).isCloseTo(d(examples, row, "calc_gbar"), within(1e-9));
            assertThat(r.gii()).as(what).isCloseTo(d(examples, row, "calc_gii"), within(1e-9));
            assertThat(r.published()).as(what).isEqualByComparingTo(new BigDecimal(row.cell(examples.column("gii_published"))));
        }
    }

    static double d(CsvTable table, CsvTable.Row row, String column) {
        return Double.parseDouble(row.cell(table.column(column)));
    }

    private static GenderInequalityIndex.Result compute(double mmr, double abr, double prF) {
        return GenderInequalityIndex.compute(new GenderInequalityIndex.Inputs(mmr, abr, 80.0, 90.0, prF, 100 - prF, 50.0, 70.0))
                .orElseThrow();
    }
}
