package kz.tendik.cases.risk;

import java.util.List;
import java.util.Optional;

import kz.tendik.shared.data.VersionedDefinitions;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

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

    private final VersionedDefinitions<RiskInstrument> definitions;

    public RiskInstruments() {
        this.definitions = VersionedDefinitions.load(LOCATION, RiskInstrument.class, "risk instrument");
    }

    RiskInstruments(List<Resource> files) {
        this.definitions = VersionedDefinitions.of(files, RiskInstrument.class, "risk instrument");
    }

    /** One instrument read from JSON; a malformed or inconsistent one is refused with the reason. */
    public static RiskInstrument read(Resource file) {
        return VersionedDefinitions.read(file, RiskInstrument.class, "risk instrument");
    }

    public Optional<RiskInstrument> find(String code, int version) {
        return definitions.find(code, version);
    }

    /** The latest version of an instrument, for new records. */
    public Optional<RiskInstrument> latest(String code) {
        return definitions.latest(code);
    }
    /** The latest version of the shipped checklist. */
    public RiskInstrument standard() {
        return latest(DEFAULT_CODE).orElseThrow(() -> new IllegalStateException("the default risk checklist is missing"));
    }

    /** Every instrument and version, by code then version. */
    public List<RiskInstrument> all() {
        return definitions.all();
    }
}
