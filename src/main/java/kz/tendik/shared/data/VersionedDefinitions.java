package kz.tendik.shared.data;

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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Definitions that are data, not code, and keep every version (risk instruments, survey instruments): JSON files
 * on the class path read strictly once at start-up. A malformed file, or two files with the same code and
 * version, stop the start and name the file; old versions stay so that a record is always shown with the
 * definition it was made with.
 */
public final class VersionedDefinitions<T extends VersionedDefinitions.Versioned> {

    /** A definition identified by its code and version. */
    public interface Versioned {
        String code();

        int version();
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final Map<String, T> byKey = new TreeMap<>();

    private VersionedDefinitions(List<Resource> files, Class<T> type, String what) {
        for (Resource file : files) {
            T definition = read(file, type, what);
            if (byKey.put(key(definition.code(), definition.version()), definition) != null) {
                throw new IllegalStateException(file.getFilename() + " repeats " + definition.code() + " version "
                        + definition.version());
            }
        }
    }

    /** Every file matching {@code location} (e.g. {@code classpath*:cases/instruments/*.json}). */
    public static <T extends Versioned> VersionedDefinitions<T> load(String location, Class<T> type, String what) {
        try {
            return of(List.of(new PathMatchingResourcePatternResolver().getResources(location)), type, what);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the " + what + "s", e);
        }
    }

    public static <T extends Versioned> VersionedDefinitions<T> of(List<Resource> files, Class<T> type, String what) {
        return new VersionedDefinitions<>(files, type, what);
    }

    /** One definition read from JSON; a malformed or inconsistent one is refused with the reason. */
    public static <T> T read(Resource file, Class<T> type, String what) {
        try (InputStream in = file.getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file.getFilename(), e);
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException(what + " " + file.getFilename() + " is not valid: " + e.getMessage(), e);
        }
    }

    public Optional<T> find(String code, int version) {
        return Optional.ofNullable(byKey.get(key(code, version)));
    }

    /** The latest version of a definition, for new records. */
    public Optional<T> latest(String code) {
        return byKey.values().stream().filter(definition -> definition.code().equals(code))
                .max(Comparator.comparingInt(Versioned::version));
    }

    /** Every definition and version, by code then version. */
    public List<T> all() {
        return byKey.values().stream()
                .sorted(Comparator.comparing((T d) -> d.code()).thenComparingInt(Versioned::version)).toList();
    }

    private static String key(String code, int version) {
        return code + "#" + String.format("%06d", version);
    }
}
