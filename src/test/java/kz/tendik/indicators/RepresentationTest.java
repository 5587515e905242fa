package kz.tendik.indicators;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RepresentationTest {

    @Test
    void theMazhilisElectedIn2023Has19WomenOf98Seats() {
        Representation.Result r = Representation.compute(
                new Representation.Inputs("mazhilis", LocalDate.of(2023, 3, 29), 19, 98)).orElseThrow();

        assertThat(r.share()).isCloseTo(19.0 / 98, within(1e-15));
        assertThat(r.percent()).isCloseTo(19.39, within(0.005));
        assertThat(r.method().code()).isEqualTo("share-of-women");
        assertThat(r.inputs().body()).isEqualTo("mazhilis");
    }

    @Test
    void missingCountsAndImpossibleCompositionsAreNotComputable() {
        Outcome<Representation.Result> missing = Representation.compute(new Representation.Inputs("senate", null, 10, null));
        Outcome<Representation.Result> tooMany = Representation.compute(
                new Representation.Inputs("senate", LocalDate.of(2023, 1, 1), 60, 50));
        Outcome<Representation.Result> empty = Representation.compute(
                new Representation.Inputs("senate", LocalDate.of(2023, 1, 1), 0, 0));

        assertThat(((Outcome.NotComputable<?>) missing).missing()).containsExactly("effective_from", "seats");
        assertThat(((Outcome.NotComputable<?>) tooMany).outOfRange()).singleElement().asString().startsWith("women");
        assertThat(((Outcome.NotComputable<?>) empty).outOfRange()).singleElement().asString().startsWith("seats");
        assertThatThrownBy(() -> new Representation.Inputs("senate", null, -1, 50)).isInstanceOf(IllegalArgumentException.class);
    }
}
