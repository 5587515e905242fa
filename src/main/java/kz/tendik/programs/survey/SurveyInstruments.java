package kz.tendik.programs.survey;

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
 * The survey instruments the system knows: every {@code programs/surveys/*.json} on the class path, read once at
 * start-up (a broken file stops the start, naming the file). Old versions stay, so a response is always shown and
 * scored with the items it was given with; new survey rounds use the latest version of an instrument.
 */
@Component
public class SurveyInstruments {

    /** The attitude scale shipped with the system (own wording, following the structure of the public GEM scale). */
    public static final String GENDER_ATTITUDES = "gender-attitudes";
    /** The DHS/MICS "attitudes towards wife beating" items with "agrees with at least one reason". */
    public static final String WIFE_BEATING = "wife-beating-attitudes";

    static final String LOCATION = "classpath*:programs/surveys/*.json";

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, SurveyInstrument> byKey = new TreeMap<>();

    public SurveyInstruments() {
        this(resources());
    }

    SurveyInstruments(List<Resource> files) {
        for (Resource file : files) {
            SurveyInstrument instrument = read(file);
            if (byKey.put(key(instrument.code(), instrument.version()), instrument) != null) {
                throw new IllegalStateException(file.getFilename() + " repeats " + instrument.code() + " version "
                        + instrument.version());
            }
        }
    }

    /** One instrument read from JSON; a malformed or inconsistent one is refused with the reason. */
    public static SurveyInstrument read(Resource file) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, SurveyInstrument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read survey instrument " + file.getFilename(), e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("survey instrument " + file.getFilename() + " is not valid: " + e.getMessage(), e);
        }
    }

    public Optional<SurveyInstrument> find(String code, int version) {
        return Optional.ofNullable(byKey.get(key(code, version)));
    }

    /** The latest version of an instrument, for a new survey round. */
    public Optional<SurveyInstrument> latest(String code) {
        return byKey.values().stream().filter(instrument -> instrument.code().equals(code))
                .max(Comparator.comparingInt(SurveyInstrument::version));
    }

    /** Every instrument and version, by code then version. */
    public List<SurveyInstrument> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing(SurveyInstrument::code).thenComparingInt(SurveyInstrument::version)).toList();
    }

    private static String key(String code, int version) {
        return code + "#" + String.format("%06d", version);
    }

    private static List<Resource> resources() {
        try {
            return List.of(new PathMatchingResourcePatternResolver().getResources(LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the survey instruments", e);
        }
    }
}
