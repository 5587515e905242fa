package kz.tendik.directory.support;

import java.util.ArrayList;
import java.util.List;

import kz.tendik.directory.Names;
import kz.tendik.shared.web.UserInputException;
import kz.tendik.shared.web.UserInputException.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Names of centres and providers are unique within a region in each language (unique indexes
 * {@code <table>_name_<lang>_uq}). This finds the clashes before writing, so that every clashing field gets its
 * translated error, and turns a clash the database found (a concurrent write) into the same error.
 */
@Component
public class UniqueNames {

    public static final String DUPLICATE = "directory.error.duplicateName";
    private static final List<String> TABLES = List.of("centre", "service_provider");

    private final JdbcClient jdbc;

    UniqueNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Refuses names already used by another row ({@code id} is the row itself, {@code null} when new). */
    public void requireUnique(String table, String regionCode, Names names, Long id) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("no unique names in " + table);
        }
        record Clash(boolean kk, boolean ru, boolean en) {
        }
        List<Clash> clashes = jdbc.sql("SELECT lower(name_kk) = lower(:kk), lower(name_ru) = lower(:ru), "
                        + "lower(name_en) = lower(:en) FROM " + table + " WHERE region_code = :region AND id <> :id "
                        + "AND (lower(name_kk) = lower(:kk) OR lower(name_ru) = lower(:ru) OR lower(name_en) = lower(:en))")
                .param("kk", names.kk()).param("ru", names.ru()).param("en", names.en())
                .param("region", regionCode).param("id", id == null ? -1L : id)
                .query((rs, n) -> new Clash(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3))).list();
        List<FieldProblem> problems = new ArrayList<>();
        if (clashes.stream().anyMatch(Clash::kk)) {
            problems.add(new FieldProblem("nameKk", DUPLICATE));
        }
        if (clashes.stream().anyMatch(Clash::ru)) {
            problems.add(new FieldProblem("nameRu", DUPLICATE));
        }
        if (clashes.stream().anyMatch(Clash::en)) {
            problems.add(new FieldProblem("nameEn", DUPLICATE));
        }
        if (!problems.isEmpty()) {
            throw new UserInputException(problems);
        }
    }

    /** The field a unique-index violation is about, from the index name in the database's message. */
    public static UserInputException asUserInput(DuplicateKeyException exception) {
        String message = String.valueOf(exception.getMostSpecificCause().getMessage());
        String field = message.contains("_name_kk_uq") ? "nameKk"
                : message.contains("_name_en_uq") ? "nameEn"
                : message.contains("_number_uq") ? "number"
                : "nameRu";
        return new UserInputException(field, field.equals("number") ? "directory.error.duplicateNumber" : DUPLICATE);
    }
}
