package kz.tendik.cases.generate;

import java.util.List;
import java.util.SplittableRandom;

import kz.tendik.cases.incident.GbvType;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.safety.SafetyPlanContent;

/**
 * Invented texts a caseworker writes (narratives, notes, tasks, safety plans), in Russian or Kazakh as in the
 * centres' records. No real person or event is described.
 */
final class Narratives {

    private Narratives() {
    }

    private static final List<String> PHYSICAL = List.of(
            "Со слов пострадавшей, %s в состоянии алкогольного опьянения ударил её несколько раз по лицу и толкнул на пол. Дети были дома.",
            "Пострадавшая сообщает, что %s схватил её за шею и угрожал ножом после ссоры из-за денег. Обратилась в полицию на следующий день.",
            "%s избил пострадавшую, на руках и спине видны гематомы. Медицинское освидетельствование пройдено.",
            "kk:Зардап шегушінің айтуынша, %s оны ұрып-соғып, үйден қуып шыққан. Балалары көрші үйде түнеген.",
            "После очередного скандала %s бросил в пострадавшую посуду, рассёк бровь. Скорую не вызывали.");
    private static final List<String> PSYCHOLOGICAL = List.of(
            "%s постоянно оскорбляет пострадавшую, запрещает встречаться с родственниками и проверяет её телефон.",
            "Пострадавшая сообщает о систематических угрозах убийством со стороны, как она говорит, «%s», особенно при детях.",
            "kk:%s оны туыстарымен кездесуге жібермейді, телефонын тексеріп, үнемі қорлайды.",
            "После развода %s преследует пострадавшую у работы, пишет угрозы в мессенджерах.");
    private static final List<String> ECONOMIC = List.of(
            "%s забирает всю зарплату пострадавшей, не даёт денег на продукты и лекарства для детей.",
            "Пострадавшей не разрешают работать; %s спрятал её удостоверение личности и документы детей.",
            "kk:%s жалақысын толық алып қояды, балаларға дәрі алуға ақша бермейді.");
    private static final List<String> SEXUAL = List.of(
            "Пострадавшая сообщает о насилии сексуального характера со стороны, по её словам, «%s». Направлена к врачу и психологу.",
            "Со слов пострадавшей, %s принуждал её к интимной близости, угрожая выгнать из дома.");
    private static final List<String> MARRIAGE = List.of(
            "Пострадавшую увезли без её согласия и удерживали в доме семьи жениха; %s настаивал на никахе.",
            "Родственники принуждают пострадавшую к браку; %s угрожает ей, если она откажется.");
    private static final List<String> OTHER = List.of(
            "Конфликт с соседом по общежитию; %s повредил имущество пострадавшей.",
            "Обратилась за консультацией по бытовому конфликту; %s угроз не высказывал.");

    private static final List<String> NOTES = List.of(
            "Первичная встреча проведена, пострадавшая согласна на консультацию психолога.",
            "Семья в кризисе: нужна мобильная группа акимата.",
            "Консультация юриста по разделу имущества и алиментам.",
            "Нуждается во временном убежище на две недели.",
            "Повторное обращение, угрозы усилились.",
            "Психолог провёл вторую встречу, состояние стабильное.",
            "Зардап шегуші заң кеңесін алды, сотқа құжат дайындауда.",
            "Балалар мектепке қайта барады, сынып жетекшісімен сөйлестік.");

    private static final List<String> TASKS = List.of(
            "Позвонить по безопасному номеру",
            "Согласовать встречу с мобильной группой",
            "Подготовить документы для суда",
            "Проверить место в кризисном центре",
            "Сопроводить в полицию для защитного предписания",
            "Записать к психологу",
            "Қауіпсіз нөмірге қоңырау шалу",
            "Балаларға арналған жәрдемақыны рәсімдеуге көмектесу");

    private static final List<String> CODE_WORDS = List.of("Жаңбыр", "Чайник", "Бабушка звонила", "Қызғалдақ",
            "Купи хлеба", "Көк есік");

    /** The words for the primary perpetrator in Russian and Kazakh (as a survivor names him or her). */
    private static String[] words(Relationship relationship, boolean female) {
        return switch (relationship) {
            case SPOUSE -> female ? new String[] {"жена", "әйелі"} : new String[] {"муж", "күйеуі"};
            case FORMER_SPOUSE -> female ? new String[] {"бывшая жена", "бұрынғы әйелі"}
                    : new String[] {"бывший муж", "бұрынғы күйеуі"};
            case PARTNER -> new String[] {"сожитель", "бірге тұратын серіктесі"};
            case FORMER_PARTNER -> new String[] {"бывший сожитель", "бұрынғы серіктесі"};
            case PARENT_OR_CAREGIVER -> female ? new String[] {"мать", "анасы"} : new String[] {"отец", "әкесі"};
            case STEP_PARENT -> new String[] {"отчим", "өгей әкесі"};
            case CHILD -> new String[] {"сын", "ұлы"};
            case SIBLING -> new String[] {"брат", "ағасы"};
            case PARENT_IN_LAW -> female ? new String[] {"свекровь", "енесі"} : new String[] {"свёкор", "қайын атасы"};
            case OTHER_RELATIVE -> new String[] {"родственник", "туысы"};
            default -> new String[] {"знакомый", "таныс адам"};
        };
    }

    /**
     * A narrative of the incident naming the primary perpetrator only by relationship. The templates are written for
     * a man; for a woman a short neutral text is used.
     */
    static String narrative(SplittableRandom random, GbvType type, Relationship relationship, boolean femalePerpetrator) {
        String[] word = words(relationship, femalePerpetrator);
        if (femalePerpetrator) {
            return random.nextBoolean()
                    ? "Со слов пострадавшей, " + word[0] + " постоянно её унижает, угрожает выгнать из дома вместе с детьми."
                    : "Зардап шегушінің айтуынша, " + word[1] + " оны үнемі кемсітіп, үйден қуамын деп қорқытады.";
        }
        List<String> texts = switch (type) {
            case PHYSICAL_ASSAULT -> PHYSICAL;
            case PSYCHOLOGICAL_ABUSE -> PSYCHOLOGICAL;
            case DENIAL_OF_RESOURCES -> ECONOMIC;
            case RAPE, SEXUAL_ASSAULT -> SEXUAL;
            case FORCED_MARRIAGE -> MARRIAGE;
            case NON_GBV -> OTHER;
        };
        String template = SyntheticPeople.pick(random, texts);
        boolean kazakh = template.startsWith("kk:");
        String text = (kazakh ? template.substring(3) : template).formatted(kazakh ? word[1] : word[0]);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A safety plan written with the survivor. */
    static SafetyPlanContent safetyPlan(SplittableRandom random, String phone, String locality, boolean children) {
        return new SafetyPlanContent(0, "Сестра, " + phone + "; соседка из квартиры напротив знает кодовое слово",
                "Кризисный центр; дом матери (" + locality + ")", codeWord(random),
                "Удостоверение личности, свидетельства о рождении детей, копия защитного предписания — у сестры",
                children ? "Дети знают, что при ссоре уходят к соседке и звонят 102" : null,
                random.nextBoolean() ? "Звонить только с 10 до 13, в WhatsApp не писать"
                        : "Тек таңертең қоңырау шалуға болады, SMS жазбаңыз");
    }

    static String note(SplittableRandom random) {
        return SyntheticPeople.pick(random, NOTES);
    }

    static String task(SplittableRandom random) {
        return SyntheticPeople.pick(random, TASKS);
    }

    static String codeWord(SplittableRandom random) {
        return SyntheticPeople.pick(random, CODE_WORDS);
    }
}
