package kz.tendik.cases.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.tendik.cases.measure.MeasureType;

/**
 * The titles the system wrote for its tasks before it stored their kinds (Russian by default, Kazakh or English where
 * {@code tendik.cases.task-language} said so), exactly as they were written: a stored title that is one of them, with
 * a known measure name and an ISO date where it names them, is that task. Anything else was typed by a user.
 */
final class KnownTaskTitles {

    /** The texts as they were, {@code {0}} the measure's name, {@code {1}} the day (ISO). */
    private static final Map<TaskKind, List<String>> WRITTEN = Map.of(
            TaskKind.MULTI_AGENCY_REFERRAL, List.of(
                    "Высокий риск: направить дело в межведомственную группу акимата",
                    "Қауіп жоғары: істі әкімдіктің ведомствоаралық тобына жіберу",
                    "High risk: refer the case to the akimat's multi-agency group"),
            TaskKind.MEASURE_BREACHED, List.of(
                    "Нарушение меры ({0}) {1}: проверить безопасность пострадавшего и сообщить в полицию",
                    "Шара бұзылды ({0}), {1}: зардап шеккен адамның қауіпсіздігін тексеріп, полицияға хабарлау",
                    "Breach of a measure ({0}) on {1}: check the survivor's safety and inform the police"),
            TaskKind.MEASURE_EXPIRING, List.of(
                    "{0} истекает {1}: решить с пострадавшим, что защитит его дальше",
                    "{0} мерзімі {1} аяқталады: зардап шеккен адаммен әрі қарай қалай қорғайтынын шешу",
                    "{0} expires on {1}: decide with the survivor what protects her or him next"));

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private record Known(TaskKind kind, Pattern pattern) {
    }

    private final List<Known> known = new ArrayList<>();
    private final Function<String, Optional<MeasureType>> measureNamed;

    /** {@code measureNamed}: the measure type of a name as the titles wrote it (in any of the three languages). */
    KnownTaskTitles(Function<String, Optional<MeasureType>> measureNamed) {
        this.measureNamed = measureNamed;
        WRITTEN.forEach((kind, texts) -> texts.forEach(text -> known.add(new Known(kind, pattern(text)))));
    }

    /** The task a stored title is, or empty when a user typed it. */
    Optional<SystemTask> taskOf(String title) {
        for (Known k : known) {
            Matcher m = k.pattern().matcher(title);
            if (!m.matches()) {
                continue;
            }
            if (k.kind().arity() == 0) {
                return Optional.of(new SystemTask(k.kind(), List.of()));
            }
            Optional<MeasureType> type = measureNamed.apply(m.group(1));
            if (type.isPresent() && DAY.matcher(m.group(2)).matches()) {
                return Optional.of(new SystemTask(k.kind(), List.of(type.get().name(), m.group(2))));
            }
        }
        return Optional.empty();
    }

    /** The text with {@code {0}} as any name and {@code {1}} as an ISO day, everything else literal. */
    private static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        int at = 0;
        Matcher placeholder = Pattern.compile("\\{([01])}").matcher(text);
        while (placeholder.find()) {
            regex.append(Pattern.quote(text.substring(at, placeholder.start())))
                    .append(placeholder.group(1).equals("0") ? "(.+?)" : "(\\d{4}-\\d{2}-\\d{2})");
            at = placeholder.end();
        }
        return Pattern.compile(regex.append(Pattern.quote(text.substring(at))).toString());
    }
}
