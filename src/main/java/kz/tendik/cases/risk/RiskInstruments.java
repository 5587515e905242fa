package kz.tendik.cases.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The risk instruments the system knows: every {@code cases/instruments/*.json} on the class path, read once at
 * start-up (a broken file stops the start, naming the file). Old versions stay, so an assessment is always shown
 * with the questions it was made with; new assessments use the latest version of an instrument.
 */
@Component
public class RiskInstruments {

    /** The checklist shipped with the system (own wording, following the public DASH model). */
    public static final String DEFAULT_CODE = "family-risk-checklist";

    static final String LOCATION = "classpath*:cases/instruments/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, RiskInstrument> byKey = new TreeMap<>();

    public RiskInstruments() {
        this(resources());
    }

    RiskInstruments(List<Resource> files) {
        for (Resource file : files) {
            RiskInstrument instrument = read(file);
            if (byKey.put(key(instrument.code(), instrument.version()), instrument) != null) {
                throw new IllegalStateException(file.getFilename() + " repeats " + instrument.code() + " version "
                        + instrument.version());
            }
        }
    }

    /** One instrument read from JSON; a malformed or inconsistent one is refused with the reason. */
    public static RiskInstrument read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, RiskInstrument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read risk instrument " + file.getFilename(), e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("risk instrument " + file.getFilename() + " is not valid: " + e.getMessage(), e);
        }
    }

    public Optional<RiskInstrument> find(String code, int version) {
        return Optional.ofNullable(byKey.get(key(code, version)));
    }

    /** The latest version of an instrument, for a new assessment. */
    public Optional<RiskInstrument> latest(String code) {
        return byKey.values().stream().filter(instrument -> instrument.code().equals(code))
                .max(Comparator.comparingInt(RiskInstrument::version));
    }

    /** The latest version of the shipped checklist. */
    public RiskInstrument standard() {
        return latest(DEFAULT_CODE).orElseThrow(() -> new IllegalStateException("the default risk checklist is missing"));
    }

    /** Every instrument and version, by code then version. */
    public List<RiskInstrument> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(RiskInstrument::code).thenComparingInt(RiskInstrument::version)).toList();
    }

    private static String key(String code, int version) {
        return code + "#" + String.format("%06d", version);
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the risk instruments", e);
        }
    }
}
