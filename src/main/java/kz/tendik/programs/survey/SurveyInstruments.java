package kz.tendik.programs.survey;

import java.util.List;
import java.util.Optional;

import kz.tendik.shared.data.VersionedDefinitions;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

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

    private final VersionedDefinitions<SurveyInstrument> definitions;

    public SurveyInstruments() {
        this.definitions = VersionedDefinitions.load(LOCATION, SurveyInstrument.class, "survey instrument");
    }

    SurveyInstruments(List<Resource> files) {
        this.definitions = VersionedDefinitions.of(files, SurveyInstrument.class, "survey instrument");
    }

    /** One instrument read from JSON; a malformed or inconsistent one is refused with the reason. */
    public static SurveyInstrument read(Resource file) {
        return VersionedDefinitions.read(file, SurveyInstrument.class, "survey instrument");
    }

    public Optional<SurveyInstrument> find(String code, int version) {
        return definitions.find(code, version);
    }

    /** The latest version of an instrument, for new records. */
    public Optional<SurveyInstrument> latest(String code) {
        return definitions.latest(code);
    }
    /** Every instrument and version, by code then version. */
    public List<SurveyInstrument> all() {
        return definitions.all();
    }
}
