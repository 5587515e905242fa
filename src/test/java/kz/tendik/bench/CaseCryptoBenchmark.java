package kz.tendik.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import kz.tendik.cases.incidents.IncidentColumns;
import kz.tendik.cases.safety.SafetyColumns;
import kz.tendik.cases.safety.SafetyPlanContent;
import kz.tendik.cases.support.CaseColumns;
import kz.tendik.cases.survivor.ChannelKind;
import kz.tendik.cases.survivor.ContactChannel;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.EmergencyContact;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.shared.crypto.FieldCipher;
import kz.tendik.shared.crypto.TestCrypto;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * The encryption work of the measured requests of {@code bench/cases.sh}, done as the stores do it (Tink AES-256-GCM
 * with the column's associated data, Jackson for the JSON documents):
 * <ul>
 * <li>opening a case through the API ({@code GET /api/v1/cases/{id}}) decrypts nothing (the survivor's profile is a
 * separate, audited read), so its encryption share is zero and no benchmark is needed;</li>
 * <li>{@link #openCasePage}: the case page decrypts the survivor's profile (a JSON document), a note, a follow-up
 * title and the safety plan — what a typical generated case holds;</li>
 * <li>{@link #saveIncident}: recording an incident decrypts the survivor's profile (the age at the incident is
 * derived from it), encrypts the narrative and the perpetrator's details, and the response reads both back.</li>
 * </ul>
 * Run: {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * -Dmdep.includeScope=test} then {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * org.openjdk.jmh.Main CaseCryptoBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CaseCryptoBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long ID = 123_456;

    record Details(String name, String notes) {
    }

    private FieldCipher cipher;
    private byte[] profile;
    private byte[] note;
    private byte[] followUp;
    private byte[] plan;
    private String narrative;
    private Details details;

    @Setup
    public void data() {
        cipher = TestCrypto.withFreshKeys().cipher();
        SurvivorProfile survivor = new SurvivorProfile("Жұмабаева Айгүл Серікқызы", "Zhumabayeva Aigul", "910314400123",
                LocalDate.of(1991, 3, 14), null, null, Sex.FEMALE, MaritalStatus.MARRIED_OR_COHABITING,
                DisplacementStatus.RESIDENT, List.of("kk", "ru"), false, null, "KZ", 2,
                List.of(new ContactChannel(ChannelKind.PHONE, "+7 701 555 12 34", true, false, false),
                        new ContactChannel(ChannelKind.WHATSAPP, "+7 701 555 12 34", false, true, false)),
                "Астана, ул. Кенесары, 40, кв. 12", new EmergencyContact("Сестра", "sister", "+7 701 000 00 01"));
        profile = cipher.encrypt(JSON.writeValueAsString(survivor), CaseColumns.SURVIVOR_PROFILE.associatedData(ID));
        note = cipher.encrypt("Первичная встреча проведена, пострадавшая согласна на консультацию психолога.",
                CaseColumns.NOTE_BODY.associatedData(ID));
        followUp = cipher.encrypt("Позвонить по безопасному номеру", CaseColumns.FOLLOW_UP_TITLE.associatedData(ID));
        plan = cipher.encrypt(JSON.writeValueAsString(new SafetyPlanContent(0,
                "Сестра, +7 701 000 00 01; соседка из квартиры напротив знает кодовое слово",
                "Кризисный центр; дом матери (Астана)", "Жаңбыр",
                "Удостоверение личности, свидетельства о рождении детей — у сестры",
                "Дети знают, что при ссоре уходят к соседке и звонят 102",
                "Звонить только с 10 до 13, в WhatsApp не писать")), SafetyColumns.SAFETY_PLAN.associatedData(ID));
        narrative = "Со слов пострадавшей, муж ударил её во время ссоры; дети были дома. Нагрузочный тест.";
        details = new Details("Ерлан", "Злоупотребляет алкоголем");
    }

    private SurvivorProfile survivor() {
        return JSON.readValue(cipher.decrypt(profile, CaseColumns.SURVIVOR_PROFILE.associatedData(ID)),
                SurvivorProfile.class);
    }

    @Benchmark
    public void openCasePage(Blackhole hole) {
        hole.consume(survivor());
        hole.consume(cipher.decrypt(note, CaseColumns.NOTE_BODY.associatedData(ID)));
        hole.consume(cipher.decrypt(followUp, CaseColumns.FOLLOW_UP_TITLE.associatedData(ID)));
        hole.consume(JSON.readValue(cipher.decrypt(plan, SafetyColumns.SAFETY_PLAN.associatedData(ID)),
                SafetyPlanContent.class));
    }

    @Benchmark
    public void saveIncident(Blackhole hole) {
        hole.consume(survivor());
        byte[] text = cipher.encrypt(narrative, IncidentColumns.NARRATIVE.associatedData(ID));
        byte[] perpetrator = cipher.encrypt(JSON.writeValueAsString(details),
                IncidentColumns.PERPETRATOR_DETAILS.associatedData(ID));
        hole.consume(cipher.decrypt(text, IncidentColumns.NARRATIVE.associatedData(ID)));
        hole.consume(JSON.readValue(cipher.decrypt(perpetrator, IncidentColumns.PERPETRATOR_DETAILS.associatedData(ID)),
                Details.class));
    }
}
