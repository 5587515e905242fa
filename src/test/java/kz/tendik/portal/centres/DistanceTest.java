package kz.tendik.portal.centres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DistanceTest {

    @Test
    void astanaToAlmatyIsAboutNineHundredAndSeventyKilometres() {
        assertThat(Distance.kilometres(51.1694, 71.4491, 43.2389, 76.8897)).isCloseTo(970, within(15.0));
    }

    @Test
    void aPlaceIsNoDistanceFromItself() {
        assertThat(Distance.kilometres(49.8047, 73.1094, 49.8047, 73.1094)).isZero();
    }

    @Test
    void aPositionIsReadOnlyWhenBothCoordinatesAreValid() {
        assertThat(Position.parse("49.80", "73.11")).isEqualTo(new Position(49.80, 73.11));
        assertThat(Position.parse("91", "73")).isNull();
        assertThat(Position.parse("abc", "73")).isNull();
        assertThat(Position.parse("49.8", null)).isNull();
        assertThat(Position.parse("NaN", "1")).isNull();
        assertThat(new Position(49.8, 73.1).toString()).doesNotContain("49");
    }
}
