package kz.tendik.cases.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Resident population by region, thousands, about 1 January 2024 (Bureau of National Statistics of Kazakhstan,
 * rounded): the weight of a region when cases are spread over the country.
 */
final class RegionPopulation {

    private static final String RESOURCE = "cases/generate/region-population.csv";

    private RegionPopulation() {
    }

    /** Thousands of residents by region code (ISO 3166-2:KZ). */
    static Map<String, Integer> thousands() {
        CsvMapper mapper = new CsvMapper();
        Map<String, Integer> population = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
                     .with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
            rows.forEachRemaining(row -> population.put(row.get("region_code"),
                    Integer.parseInt(row.get("population_thousands"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return population;
    }
}
