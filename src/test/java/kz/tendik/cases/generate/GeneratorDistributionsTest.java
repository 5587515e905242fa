package kz.tendik.cases.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

import kz.tendik.cases.casefile.CaseNumber;
import kz.tendik.cases.incident.Relationship;
import kz.tendik.cases.incidents.ReferredFrom;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.Iin;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.Sex;
import org.apache.commons.statistics.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The generator's pure parts: its shares, people, plans and options. */
class GeneratorDistributionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void mostAdultSurvivorsAreHurtByACurrentOrFormerHusbandOrPartner() {
        double intimate = Arrays.stream(Relationship.values()).filter(Relationship::isIntimatePartner)
                .mapToDouble(Distributions.ADULT_RELATIONSHIP::share).sum();
        assertThat(intimate).isBetween(0.65, 0.8);
        assertThat(Arrays.stream(Relationship.values()).filter(Relationship::isIntimatePartner)
                .mapToDouble(Distributions.CHILD_RELATIONSHIP::share).sum()).isLessThan(0.05);
        assertThat(Distributions.ELDER_RELATIONSHIP.share(Relationship.CHILD)).isGreaterThan(0.4);
    }

    @Test
    void mostAdultSurvivorsAreMarriedFewAreMigrantsAndAboutOneInTwelveHasADisability() {
        Weighted<MaritalStatus> adults = Distributions.maritalStatusFor(35);
        assertThat(adults.share(MaritalStatus.MARRIED_OR_COHABITING)).isBetween(0.55, 0.65);
        assertThat(adults.share(MaritalStatus.DIVORCED_OR_SEPARATED)).isBetween(0.15, 0.25);
        assertThat(adults.share(MaritalStatus.SINGLE)).isBetween(0.1, 0.2);
        assertThat(adults.share(MaritalStatus.WIDOWED)).isBetween(0.03, 0.07);
        assertThat(Distributions.maritalStatusFor(15).values()).containsExactly(MaritalStatus.SINGLE);
        assertThat(Distributions.maritalStatusFor(70).share(MaritalStatus.WIDOWED)).isGreaterThan(0.3);

        double citizens = 0.96;
        double resident = citizens * Distributions.CITIZEN_DISPLACEMENT.share(DisplacementStatus.RESIDENT);
        double kandas = citizens * Distributions.CITIZEN_DISPLACEMENT.share(DisplacementStatus.KANDAS)
                + (1 - citizens) * Distributions.FOREIGNER_DISPLACEMENT.share(DisplacementStatus.KANDAS);
        double migrant = citizens * Distributions.CITIZEN_DISPLACEMENT.share(DisplacementStatus.INTERNAL_MIGRANT);
        assertThat(resident).isBetween(0.88, 0.92);
        assertThat(kandas).isBetween(0.03, 0.05);
        assertThat(migrant).isBetween(0.03, 0.05);
        assertThat(Distributions.CITIZEN_DISPLACEMENT.values()).doesNotContain(DisplacementStatus.FOREIGN_NATIONAL,
                DisplacementStatus.STATELESS, DisplacementStatus.REFUGEE, DisplacementStatus.ASYLUM_SEEKER);
        assertThat(Distributions.FOREIGNER_DISPLACEMENT.values()).doesNotContain(DisplacementStatus.RESIDENT,
                DisplacementStatus.INTERNAL_MIGRANT);

        assertThat(Distributions.disabilityFor(35).share("YES")).isBetween(0.05, 0.1);
        assertThat(Distributions.disabilityFor(70).share("YES")).isGreaterThan(0.2);
    }

    @Test
    void atFirstContactMostHaveNotDecidedOnLegalActionOrDoNotWantItAndPoliceReferralsSayYesMoreOften() {
        // the answer as the generator draws it: by who referred her, weighted by how often each refers
        Map<String, Double> overall = new HashMap<>();
        for (ReferredFrom from : Distributions.REFERRED_FROM.values()) {
            Weighted<String> answers = Distributions.legalActionFor(from);
            for (String answer : answers.values()) {
                overall.merge(answer, Distributions.REFERRED_FROM.share(from) * answers.share(answer), Double::sum);
            }
        }
        assertThat(overall.keySet()).containsExactlyInAnyOrder("YES", "NO", "UNDECIDED", "NOT_ASKED");
        assertThat(overall.get("UNDECIDED") + overall.get("NO")).isBetween(0.6, 0.7);
        assertThat(overall.get("UNDECIDED")).isGreaterThan(overall.get("NO"));
        assertThat(overall.get("YES")).isBetween(0.2, 0.3);
        assertThat(overall.get("NOT_ASKED")).isBetween(0.05, 0.15);
        assertThat(Distributions.legalActionFor(ReferredFrom.POLICE).share("YES"))
                .isGreaterThan(Distributions.legalActionFor(ReferredFrom.SELF).share("YES") + 0.1);
        assertThat(Distributions.legalActionFor(ReferredFrom.HOTLINE)).isSameAs(Distributions.LEGAL_ACTION);
    }

    @Test
    void drawsFollowTheWeights() {
        SplittableRandom random = new SplittableRandom(1);
        Weighted<Relationship> table = Distributions.ADULT_RELATIONSHIP;
        Weighted.Sampler<Relationship> sampler = table.sampler(random::nextLong);
        Map<Relationship, Long> seen = new EnumMap<>(Relationship.class);
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            seen.merge(sampler.next(), 1L, Long::sum);
        }
        List<Relationship> values = table.values().stream().filter(v -> table.share(v) > 0).toList();
        double[] expected = values.stream().mapToDouble(table::share).toArray();
        long[] observed = values.stream().mapToLong(v -> seen.getOrDefault(v, 0L)).toArray();
        // a sampler that ignored the weights would be rejected far below this level
        assertThat(ChiSquareTest.withDefaults().test(expected, observed).getPValue()).isGreaterThan(1e-4);
    }

    @Test
    void regionsWeighByPopulationWithTheLargestInTheSouthAndTheCities() {
        Map<String, Integer> population = RegionPopulation.thousands();
        assertThat(population).hasSize(20).containsKeys("KZ-61", "KZ-71", "KZ-75", "KZ-79", "KZ-62");
        int total = population.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(total).isBetween(19_500, 20_800);
        assertThat(population.get("KZ-75")).isGreaterThan(population.get("KZ-71"));
        assertThat(population.get("KZ-62")).isEqualTo(population.values().stream().mapToInt(Integer::intValue).min()
                .orElseThrow());
    }

    @Test
    void peopleHaveValidIinsThatAgreeWithTheirBirthAndSexAndNamesInKazakhOrRussianForm() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            Sex sex = i % 9 == 0 ? Sex.MALE : Sex.FEMALE;
            LocalDate born = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(30_000));
            String iin = SyntheticPeople.iin(random, born, sex);
            assertThat(Iin.isValid(iin)).as(iin).isTrue();
            assertThat(Iin.parse(iin).disagreementsWith(born, sex)).as(iin).isEmpty();
            SyntheticPeople.Name name = SyntheticPeople.fullName(random, sex, i % 2 == 0);
            assertThat(name.cyrillic()).matches("[А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі -]+");
            assertThat(name.latin()).matches("[A-Za-z ]+");
            if (sex == Sex.FEMALE) {
                assertThat(name.cyrillic().split(" ")).noneMatch(part -> part.endsWith("ұлы") || part.endsWith("вич"));
            }
        }
        assertThat(SyntheticPeople.phone(random)).matches("\\+7 7\\d\\d \\d{3} \\d{2} \\d{2}");
    }

    @Test
    void incidentsAreSpreadUnevenlyButAddUpExactly() {
        CaseGenerator.Planner planner = planner(1_000, 1_000, 5_000, 11);
        int[] counts = planner.incidentsPerCase(1_000, 5_000);
        assertThat(Arrays.stream(counts).sum()).isEqualTo(5_000);
        assertThat(Arrays.stream(counts).min().orElseThrow()).isEqualTo(1);
        assertThat(Arrays.stream(counts).max().orElseThrow()).isGreaterThan(12);
        int[] fewer = planner.incidentsPerCase(100, 40);
        assertThat(Arrays.stream(fewer).sum()).isEqualTo(40);
        assertThat(Arrays.stream(fewer).max().orElseThrow()).isEqualTo(1);
    }

    @Test
    void plansGiveEveryCaseAUniqueNumberAtItsCentreAndSpreadCentresByWeight() {
        CaseGenerator.Planner planner = planner(3_000, 3_000, 12_000, 5);
        AtomicLong ids = new AtomicLong(1);
        Set<String> numbers = new HashSet<>();
        Map<Integer, Integer> perCentre = new HashMap<>();
        int cases = 0;
        int incidents = 0;
        for (int b = 0; b < planner.batches(); b++) {
            CaseGenerator.BatchPlan plan = planner.plan(b, (table, n) -> ids.getAndAdd(n));
            for (CaseGenerator.CasePlan kase : plan.cases()) {
                assertThat(numbers.add(kase.number())).isTrue();
                CaseNumber number = CaseNumber.parse(kase.number());
                assertThat(number.year()).isEqualTo(kase.opened().getYear());
                assertThat(kase.opened()).isBetween(TODAY.minusYears(3).minusDays(1), TODAY);
                perCentre.merge(kase.centre(), 1, Integer::sum);
                cases++;
                incidents += kase.incidents();
            }
        }
        assertThat(cases).isEqualTo(3_000);
        assertThat(incidents).isEqualTo(12_000);
        // weights 1 : 2 : 7
        assertThat(perCentre.get(2) / 3_000.0).isBetween(0.65, 0.75);
        assertThat(perCentre.get(0) / 3_000.0).isBetween(0.07, 0.13);
    }

    @Test
    void theSameSeedPlansTheSameDataSet() {
        List<String> first = numbers(planner(500, 500, 2_000, 99));
        List<String> again = numbers(planner(500, 500, 2_000, 99));
        assertThat(again).isEqualTo(first);
        assertThat(numbers(planner(500, 500, 2_000, 100))).isNotEqualTo(first);
    }

    @Test
    void optionsAreCheckedAllAtOnce() {
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--cases", "many", "--incidents=-3", "--colour", "red",
                "--seed", "x"), 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--survivors is required")
                .hasMessageContaining("--cases must be a whole number, not 'many'")
                .hasMessageContaining("--incidents must be between 0 and 10000000, not -3")
                .hasMessageContaining("unknown option --colour")
                .hasMessageContaining("--seed must be a whole number");
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--survivors", "0", "--cases", "5", "--incidents", "1"),
                1, 2)).hasMessageContaining("--survivors must be at least 1");
        assertThatThrownBy(() -> GenerateOptions.parse(List.of("--survivors", "1", "--cases", "1", "--cases", "2",
                "--incidents"), 1, 2)).hasMessageContaining("--cases is given twice")
                .hasMessageContaining("--incidents needs a value");
        GenerateOptions options = GenerateOptions.parse(List.of("--survivors", "200_000", "--cases=200000",
                "--incidents", "1000000", "--tendik.embedded.data-dir=/tmp/x"), 7, 2);
        assertThat(options).isEqualTo(new GenerateOptions(200_000, 200_000, 1_000_000, 7, 2, 150));
    }

    private static List<String> numbers(CaseGenerator.Planner planner) {
        AtomicLong ids = new AtomicLong(1);
        List<String> numbers = new ArrayList<>();
        for (int b = 0; b < planner.batches(); b++) {
            planner.plan(b, (table, n) -> ids.getAndAdd(n)).cases()
                    .forEach(c -> numbers.add(c.number() + "/" + c.incidents() + "/" + c.caseworker()));
        }
        return numbers;
    }

    private static CaseGenerator.Planner planner(int survivors, int cases, int incidents, long seed) {
        List<GenerationSpec.Centre> centres = List.of(
                new GenerationSpec.Centre(3, "KZ-71", "Астана", List.of(10L, 11L), 1),
                new GenerationSpec.Centre(4, "KZ-75", "Алматы", List.of(12L), 2),
                new GenerationSpec.Centre(9, "KZ-61", "Туркестан", List.of(13L, 14L, 15L), 7));
        return new CaseGenerator.Planner(new GenerationSpec(survivors, cases, incidents, seed, centres,
                GenerationSpec.Rates.archive(), 3), TODAY, new HashMap<>());
    }
}
