package kz.tendik.indicators;

import java.math.BigDecimal;

import kz.tendik.indicators.csv.CsvTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static kz.tendik.indicators.GenderInequalityIndexTest.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GenderDevelopmentIndexTest {

    @Test
    void kazakhstan2022GivesTheWorkedValuesOfTheMethodNote() {
        // as stored in the HDR file; the method note prints them rounded
        GenderDevelopmentIndex.Result r = GenderDevelopmentIndex.compute(new GenderDevelopmentIndex.Inputs(
                72.995, 65.776, 15.02602959, 14.61163998, 12.45658094, 12.40757382, 18_595.14333, 26_889.65873))
                .orElseThrow();

        assertThat(r.hdiF()).isCloseTo(0.799245, within(5e-7));
        assertThat(r.hdiM()).isCloseTo(0.801206, within(5e-7));
        assertThat(r.published()).isEqualByComparingTo("0.998");
        assertThat(r.group()).isEqualTo(1);
        assertThat(r.female().inputs().sex()).isEqualTo(Sex.FEMALE);
        assertThat(r.method().toString()).isEqualTo("undp-gdi@hdr-2023-24");
        assertThat(r.female().method().toString()).isEqualTo("undp-hdi@hdr-2023-24");
    }

    @Test
    void theGoalpostsOfEachSexAreUsedAndValuesAboveTheMaximumCountAsTheMaximum() {
        HumanDevelopmentBySex.Result women = hdi(Sex.FEMALE, 87.5, 20.0, 16.0, 80_000.0);
        HumanDevelopmentBySex.Result men = hdi(Sex.MALE, 82.5, 18.0, 15.0, 75_000.0);
        HumanDevelopmentBySex.Result everyone = hdi(Sex.TOTAL, 52.5, 9.0, 7.5, 100.0);

        assertThat(women.hdi()).isEqualTo(1.0);
        assertThat(men.hdi()).isEqualTo(1.0);
        assertThat(everyone.lifeExpectancyIndex()).isEqualTo(0.5);
        assertThat(everyone.educationIndex()).isEqualTo(0.5);
        assertThat(everyone.incomeIndex()).isZero();
        assertThat(hdi(Sex.FEMALE, 55.0, 18.0, 15.0, 50.0).incomeIndex()).isZero();
        assertThat(hdi(Sex.MALE, 50.0, 18.0, 15.0, 75_000.0).lifeExpectancyIndex()).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource({"1.000,1", "0.975,1", "1.025,1", "0.974,2", "1.026,2", "0.950,2", "1.050,2", "0.949,3", "0.925,3",
            "0.924,4", "0.900,4", "1.100,4", "0.899,5", "1.101,5", "0.852,5"})
    void theGroupIsTheDeviationFromParityInExactDecimals(BigDecimal gdi, int group) {
        assertThat(GenderDevelopmentIndex.group(gdi)).isEqualTo(group);
    }

    @Test
    void missingInputsOfEitherSexAreListedInTheOrderOfTheInputs() {
        Outcome<GenderDevelopmentIndex.Result> outcome = GenderDevelopmentIndex.compute(
                new GenderDevelopmentIndex.Inputs(72.9, 65.7, 15.0, null, 12.4, 12.4, null, 26_890.0));

        assertThat(((Outcome.NotComputable<?>) outcome).missing()).containsExactly("eys_m", "gni_pc_f");
    }

    @Test
    void aLifeExpectancyAtOrBelowTheGoalpostMinimumIsNotComputable() {
        // Rwanda 1994 in the HDR file: women 15.663 years, men 13.071; UNDP publishes no HDI by sex for it
        Outcome<GenderDevelopmentIndex.Result> outcome = GenderDevelopmentIndex.compute(
                new GenderDevelopmentIndex.Inputs(15.663, 13.071, 5.0, 5.0, 1.0, 2.0, 500.0, 700.0));

        Outcome.NotComputable<?> not = (Outcome.NotComputable<?>) outcome;
        assertThat(not.missing()).isEmpty();
        assertThat(not.outOfRange()).containsExactly("le_f (at or below the goalpost minimum 22.5)",
                "le_m (at or below the goalpost minimum 17.5)");
    }

    @Test
    void everyWorkedExampleOfTheIndependentImplementationIsMatched() {
        CsvTable examples = CsvTable.read(getClass().getResourceAsStream("/indicators/reference/gdi_examples.csv"));
        assertThat(examples.rows()).hasSize(14);
        for (CsvTable.Row row : examples.rows()) {
            GenderDevelopmentIndex.Result r = GenderDevelopmentIndex.compute(new GenderDevelopmentIndex.Inputs(
                    d(examples, row, "le_f"), d(examples, row, "le_m"), d(examples, row, "eys_f"), d(examples, row, "eys_m"),
                    d(examples, row, "mys_f"), d(examples, row, "mys_m"), d(examples, row, "gni_pc_f"),
                    d(examples, row, "gni_pc_m"))).orElseThrow();
            String what = row.cell(0) + " " + row.cell(2);
            assertThat(r.female().lifeExpectancyIndex()).as(what).isCloseTo(d(examples, row, "calc_lei_f"), within(1e-9));
            assertThat(r.female().educationIndex()).as(what).isCloseTo(d(examples, row, "calc_ei_f"), within(1e-9));
            assertThat(r.female().incomeIndex()).as(what).isCloseTo(d(examples, row, "calc_ii_f"), within(1e-9));
            assertThat(r.male().lifeExpectancyIndex()).as(what).isCloseTo(d(examples, row, "calc_lei_m"), within(1e-9));
            assertThat(r.male().educationIndex()).as(what).isCloseTo(d(examples, row, "calc_ei_m"), within(1e-9));
            assertThat(r.male().incomeIndex()).as(what).isCloseTo(d(examples, row, "calc_ii_m"), within(1e-9));
            assertThat(r.hdiF()).as(what).isCloseTo(d(examples, row, "hdi_f_published"), within(1e-9));
            assertThat(r.hdiM()).as(what).isCloseTo(d(examples, row, "hdi_m_published"), within(1e-9));
            assertThat(r.gdi()).as(what).isCloseTo(d(examples, row, "calc_gdi"), within(1e-9));
            assertThat(r.published()).as(what).isEqualByComparingTo(new BigDecimal(row.cell(examples.column("gdi_published"))));
            String group = row.cell(examples.column("gdi_group_published"));
            if (!group.isEmpty()) {
                assertThat(r.group()).as(what).isEqualTo(Integer.parseInt(group));
            }
        }
    }

    private static HumanDevelopmentBySex.Result hdi(Sex sex, double le, double eys, double mys, double gni) {
        return HumanDevelopmentBySex.compute(new HumanDevelopmentBySex.Inputs(sex, le, eys, mys, gni)).orElseThrow();
    }
}
