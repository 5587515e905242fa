package kz.tendik.cases.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.tendik.cases.measure.MeasureType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stored titles the migration takes for the system's tasks: exactly the texts it wrote, nothing typed. */
class KnownTaskTitlesTest {

    private final KnownTaskTitles titles = new KnownTaskTitles(name -> Optional.ofNullable(Map.of(
            "Защитное предписание", MeasureType.PROTECTIVE_ORDER,
            "Особые требования к поведению правонарушителя", MeasureType.SPECIAL_REQUIREMENTS,
            "Special requirements for the offender's behaviour", MeasureType.SPECIAL_REQUIREMENTS).get(name)));

    @Test
    void theTitlesTheSystemWroteAreItsTasks() {
        assertThat(titles.taskOf("Высокий риск: направить дело в межведомственную группу акимата"))
                .contains(SystemTask.multiAgencyReferral());
        assertThat(titles.taskOf("Особые требования к поведению правонарушителя истекает 2027-01-31: решить с"
                + " пострадавшим, что защитит его дальше"))
                .contains(new SystemTask(TaskKind.MEASURE_EXPIRING, List.of("SPECIAL_REQUIREMENTS", "2027-01-31")));
        assertThat(titles.taskOf("Breach of a measure (Special requirements for the offender's behaviour) on 2026-11-02:"
                + " check the survivor's safety and inform the police"))
                .contains(new SystemTask(TaskKind.MEASURE_BREACHED, List.of("SPECIAL_REQUIREMENTS", "2026-11-02")));
    }

    @Test
    void aTypedTitleAnUnknownMeasureOrAnotherDateFormIsLeftAsTyped() {
        assertThat(titles.taskOf("Высокий риск: направить дело в межведомственную группу акимата сегодня")).isEmpty();
        assertThat(titles.taskOf("высокий риск: направить дело в межведомственную группу акимата")).isEmpty();
        assertThat(titles.taskOf("Нарушение меры (Домашний арест) 2026-11-20: проверить безопасность пострадавшего"
                + " и сообщить в полицию")).isEmpty();
        assertThat(titles.taskOf("Нарушение меры (Защитное предписание) 20.11.2026: проверить безопасность"
                + " пострадавшего и сообщить в полицию")).isEmpty();
        assertThat(titles.taskOf("Позвонить сестре")).isEmpty();
    }

    @Test
    void aTaskTitleIsAMessageOfItsKindWithTheMeasureNamedInTheReadersLanguage() {
        var title = SystemTask.measureBreached(MeasureType.PROTECTIVE_ORDER, java.time.LocalDate.of(2026, 11, 2)).title();
        assertThat(title.getCodes()).containsExactly("cases.task.MEASURE_BREACHED");
        assertThat(title.getArguments()[1]).isEqualTo("2026-11-02");
        assertThat(((org.springframework.context.MessageSourceResolvable) title.getArguments()[0]).getCodes())
                .containsExactly("cases.measure.type.PROTECTIVE_ORDER");
    }
}
