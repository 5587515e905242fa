package kz.tendik.programs.cohort;

import java.util.List;

/** A programme as created or changed: names and goals in three languages, curriculum, eligibility, scope. */
public record ProgrammeDraft(ProgrammeKind kind, String nameKk, String nameRu, String nameEn, String goalKk,
                             String goalRu, String goalEn, List<String> modules, String eligibility,
                             List<String> languages, String regionCode) {
}
