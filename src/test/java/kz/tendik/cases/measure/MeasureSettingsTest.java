package kz.tendik.cases.measure;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureSettingsTest {

    private static MeasureSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tendik.cases.measures", MeasureSettings.class);
    }

    @Test
    void withoutConfigurationTheLawsDurationsApply() {
        assertThat(bind(Map.of())).isEqualTo(MeasureSettings.defaults());
        assertThat(MeasureSettings.defaults().protectiveOrder()).isEqualTo(Duration.ofDays(30));
        assertThat(MeasureSettings.defaults().specialRequirementsMinimum()).isEqualTo(Period.ofMonths(3));
        assertThat(MeasureSettings.defaults().specialRequirementsMaximum()).isEqualTo(Period.ofMonths(12));
        assertThat(MeasureSettings.defaults().administrativeDetention()).isEqualTo(Duration.ofHours(24));
        assertThat(MeasureSettings.defaults().warningDays()).isEqualTo(5);
    }

    @Test
    void everyDurationCanBeConfigured() {
        MeasureSettings settings = bind(Map.of(
                "tendik.cases.measures.administrative-detention", "48h",
                "tendik.cases.measures.protective-order", "20d",
                "tendik.cases.measures.special-requirements-maximum", "18m",
                "tendik.cases.measures.warning-days", "7"));
        assertThat(settings.administrativeDetention()).isEqualTo(Duration.ofHours(48));
        assertThat(settings.protectiveOrder()).isEqualTo(Duration.ofDays(20));
        assertThat(settings.specialRequirementsMaximum()).isEqualTo(Period.ofMonths(18));
        assertThat(settings.warningDays()).isEqualTo(7);
    }

    @Test
    void inconsistentSettingsStopTheStart() {
        assertThatThrownBy(() -> new MeasureSettings(Duration.ZERO, Period.ofMonths(3), Period.ofMonths(12),
                Duration.ofHours(24), 5, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureSettings(Duration.ofDays(30), Period.ofMonths(13), Period.ofMonths(12),
                Duration.ofHours(24), 5, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureSettings(Duration.ofDays(30), Period.ofMonths(3), Period.ofMonths(12),
                Duration.ofHours(24), -1, 1, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasureSettings(Duration.ofDays(30), Period.ofMonths(3), Period.ofMonths(12),
                Duration.ofHours(24), 5, 5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
