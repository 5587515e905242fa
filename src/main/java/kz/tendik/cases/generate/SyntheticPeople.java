package kz.tendik.cases.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.Sex;

/**
 * Invented people in the forms used in Kazakhstan: Kazakh names with a {@code -қызы}/{@code -ұлы} patronymic and
 * Russian ones with {@code -овна}/{@code -ович}, surname first as in documents, a passport Latin spelling, mobile
 * numbers of the Kazakh operators ({@code +7 7xx}) and IINs whose date and sex agree with the person.
 */
final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** A name in Cyrillic with its passport Latin spelling. */
    record Name(String cyrillic, String latin) {
    }

    private record Surname(String male, String female, String maleLatin, String femaleLatin) {
        static Surname kazakh(String stem, String latinStem) {
            return new Surname(stem, stem + "а", latinStem, latinStem + "a");
        }

        static Surname same(String name, String latin) {
            return new Surname(name, name, latin, latin);
        }
    }

    private record Father(String name, String kazakhDaughter, String kazakhSon, String russianDaughter,
                          String russianSon) {
    }

    private static final List<Name> KAZAKH_WOMEN = names("Айгүл Aigul", "Әсел Assel", "Гүлнар Gulnar", "Дана Dana",
            "Жанар Zhanar", "Мөлдір Moldir", "Назерке Nazerke", "Сәуле Saule", "Ақерке Akerke", "Балжан Balzhan",
            "Динара Dinara", "Аружан Aruzhan", "Гүлжан Gulzhan", "Ләззат Lazzat", "Меруерт Meruert", "Райхан Raikhan",
            "Жансая Zhansaya", "Камила Kamila", "Томирис Tomiris", "Әйгерім Aigerim", "Салтанат Saltanat",
            "Ботагөз Botagoz", "Гүлмира Gulmira", "Индира Indira", "Қарлығаш Karlygash", "Баян Bayan");
    private static final List<Name> RUSSIAN_WOMEN = names("Елена Elena", "Ольга Olga", "Татьяна Tatyana",
            "Наталья Natalya", "Ирина Irina", "Светлана Svetlana", "Анна Anna", "Мария Mariya", "Екатерина Ekaterina",
            "Юлия Yuliya", "Оксана Oksana", "Людмила Lyudmila");
    private static final List<Name> KAZAKH_MEN = names("Ерлан Yerlan", "Асқар Askar", "Нұрлан Nurlan",
            "Бауыржан Baurzhan", "Серік Serik", "Дәурен Dauren", "Арман Arman", "Ерболат Yerbolat", "Тимур Timur");
    private static final List<Name> RUSSIAN_MEN = names("Сергей Sergey", "Александр Aleksandr", "Виктор Viktor",
            "Андрей Andrey", "Дмитрий Dmitriy", "Николай Nikolay");

    private static final List<Surname> KAZAKH_SURNAMES = List.of(Surname.kazakh("Жұмабаев", "Zhumabayev"),
            Surname.kazakh("Ахметов", "Akhmetov"), Surname.kazakh("Серікбаев", "Serikbayev"),
            Surname.kazakh("Омаров", "Omarov"), Surname.kazakh("Қасымов", "Kassymov"),
            Surname.kazakh("Тлеубаев", "Tleubayev"), Surname.kazakh("Нұрланов", "Nurlanov"),
            Surname.kazakh("Сейітов", "Seitov"), Surname.kazakh("Исаев", "Issayev"),
            Surname.kazakh("Сүлейменов", "Suleimenov"), Surname.kazakh("Әбенов", "Abenov"),
            Surname.kazakh("Ермеков", "Yermekov"), Surname.kazakh("Оспанов", "Ospanov"),
            Surname.kazakh("Мұқанов", "Mukanov"), Surname.kazakh("Байжанов", "Baizhanov"),
            Surname.kazakh("Төлеуов", "Tuleuov"), Surname.kazakh("Жақсылықов", "Zhaksylykov"),
            Surname.kazakh("Қожахметов", "Kozhakhmetov"), Surname.kazakh("Әлиев", "Aliyev"),
            Surname.kazakh("Бекмағамбетов", "Bekmagambetov"));
    private static final List<Surname> RUSSIAN_SURNAMES = List.of(Surname.kazakh("Иванов", "Ivanov"),
            Surname.kazakh("Петров", "Petrov"), Surname.kazakh("Смирнов", "Smirnov"),
            Surname.kazakh("Кузнецов", "Kuznetsov"), Surname.kazakh("Попов", "Popov"),
            Surname.kazakh("Васильев", "Vasilyev"), Surname.kazakh("Новиков", "Novikov"),
            Surname.kazakh("Морозов", "Morozov"), Surname.same("Ким", "Kim"), Surname.same("Ли", "Li"),
            Surname.same("Пак", "Pak"), Surname.same("Шевченко", "Shevchenko"));
    private static final List<Father> FATHERS = List.of(
            new Father("Серік", "Серікқызы", "Серікұлы", "Сергеевна", "Сергеевич"),
            new Father("Ержан", "Ержанқызы", "Ержанұлы", "Александровна", "Александрович"),
            new Father("Нұрлан", "Нұрланқызы", "Нұрланұлы", "Викторовна", "Викторович"),
            new Father("Асқар", "Асқарқызы", "Асқарұлы", "Николаевна", "Николаевич"),
            new Father("Бауыржан", "Бауыржанқызы", "Бауыржанұлы", "Владимировна", "Владимирович"),
            new Father("Марат", "Маратқызы", "Маратұлы", "Петровна", "Петрович"),
            new Father("Қайрат", "Қайратқызы", "Қайратұлы", "Андреевна", "Андреевич"),
            new Father("Болат", "Болатқызы", "Болатұлы", "Игоревна", "Игоревич"));
    private static final List<String> STREETS = List.of("ул. Абая", "ул. Сейфуллина", "ул. Желтоқсан", "ул. Толе би",
            "ул. Гагарина", "ул. Пушкина", "пр. Достык", "пр. Республики", "ул. Казыбек би", "ул. Шевченко",
            "ул. Жибек жолы", "мкр. Самал", "мкр. Мамыр", "ул. Байтурсынова");
    private static final List<String> OPERATORS = List.of("700", "701", "702", "705", "707", "708", "747", "771",
            "775", "776", "777", "778");

    private static List<Name> names(String... pairs) {
        return java.util.Arrays.stream(pairs).map(p -> p.split(" ")).map(p -> new Name(p[0], p[1])).toList();
    }

    /**
     * A full name, surname first, with a patronymic most of the time (Kazakh or Russian form), and its Latin
     * passport spelling (surname and given name).
     */
    static Name fullName(SplittableRandom random, Sex sex, boolean kazakh) {
        boolean woman = sex == Sex.FEMALE;
        Name given = pick(random, kazakh ? (woman ? KAZAKH_WOMEN : KAZAKH_MEN) : (woman ? RUSSIAN_WOMEN : RUSSIAN_MEN));
        Surname surname = pick(random, kazakh ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES);
        String family = woman ? surname.female() : surname.male();
        String familyLatin = woman ? surname.femaleLatin() : surname.maleLatin();
        String name = family + " " + given.cyrillic();
        if (random.nextInt(10) < 7) {
            Father father = pick(random, FATHERS);
            name += " " + (kazakh ? (woman ? father.kazakhDaughter() : father.kazakhSon())
                    : (woman ? father.russianDaughter() : father.russianSon()));
        }
        return new Name(name, familyLatin + " " + given.latin());
    }

    /** A man's given name, as a survivor would name the person who hurt her. */
    static String givenNameOfMan(SplittableRandom random) {
        return pick(random, random.nextInt(10) < 7 ? KAZAKH_MEN : RUSSIAN_MEN).cyrillic();
    }

    static String phone(SplittableRandom random) {
        return "+7 " + pick(random, OPERATORS) + " " + random.nextInt(100, 1000) + " " + random.nextInt(10, 100)
                + " " + random.nextInt(10, 100);
    }

    static String address(SplittableRandom random, String locality) {
        return locality + ", " + pick(random, STREETS) + ", " + random.nextInt(1, 200)
                + (random.nextInt(4) == 0 ? "" : ", кв. " + random.nextInt(1, 150));
    }

    /** A valid IIN for this birth date and sex (the serial is drawn until the check digit exists). */
    static String iin(SplittableRandom random, LocalDate born, Sex sex) {
        while (true) {
            var iin = Iin.compose(born, sex, random.nextInt(10_000));
            if (iin.isPresent()) {
                return iin.get().digits();
            }
        }
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
