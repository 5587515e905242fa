package kz.tendik.shared.documents;

import java.util.List;
import java.util.Locale;

import kz.tendik.shared.i18n.Languages;

/** Texts as the three languages write them, for the document tests. */
record SampleTexts(Locale locale, String title, String note, String heading, String paragraph, String key,
                   String value, List<String> bullets, String longWord, String date) {

    /** Every letter Kazakh adds to the Russian alphabet, small and capital. */
    static final String KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і Ә Ғ Қ Ң Ө Ұ Ү Һ І";

    static final SampleTexts KAZAKH = new SampleTexts(Languages.KAZAKH,
            "Жолдама хат",
            "Құпия",
            "Қызмет көрсетушіге жолдама",
            "Құрметті әріптестер! Осы хат арқылы отбасын қолдау орталығы клиентті сіздің ұйымыңызға жолдайды. "
                    + "Көмек көрсету кезінде құпиялылық пен қауіпсіздік талаптарын сақтауыңызды өтінеміз. "
                    + "Бүгін гауһар мен жиһаз сияқты сөздер де дұрыс басылуы тиіс: " + KAZAKH_LETTERS + ".",
            "Қызмет түрі",
            "Психологиялық көмек және заң кеңесі, қажет болған жағдайда уақытша баспана",
            List.of("Келісім алынды", "Қауіп деңгейі бағаланды", "Өтініш бойынша жауап үш күн ішінде беріледі"),
            "қанағаттандырылмағандықтарыңыздан".repeat(5),
            "2026 ж. 29 қараша");

    static final SampleTexts RUSSIAN = new SampleTexts(Languages.RUSSIAN,
            "Направление",
            "Конфиденциально",
            "Направление к поставщику услуг",
            "Уважаемые коллеги! Настоящим письмом центр поддержки семьи направляет клиента в вашу организацию. "
                    + "Просим соблюдать требования конфиденциальности и безопасности при оказании помощи. "
                    + "Съешь же ещё этих мягких французских булок, да выпей чаю.",
            "Вид услуги",
            "Психологическая помощь и юридическая консультация, при необходимости временное убежище",
            List.of("Согласие получено", "Уровень риска оценён", "Ответ на обращение даётся в течение трёх дней"),
            "человеконенавистничество".repeat(6),
            "29 ноября 2026 г.");

    static final SampleTexts ENGLISH = new SampleTexts(Languages.ENGLISH,
            "Referral letter",
            "Confidential",
            "Referral to a service provider",
            "Dear colleagues, with this letter the family support centre refers a client to your organisation. "
                    + "Please respect the confidentiality and safety requirements when providing help. "
                    + "The quick brown fox jumps over the lazy dog; fifty office staff affirm it.",
            "Service",
            "Psychological support and legal advice, temporary shelter where needed",
            List.of("Consent recorded", "Risk level assessed", "An answer is given within three days"),
            "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(4),
            "29 November 2026");

    static List<SampleTexts> all() {
        return List.of(KAZAKH, RUSSIAN, ENGLISH);
    }

    @Override
    public String toString() {
        return locale.toLanguageTag();
    }
}
