package kz.tendik.cases.registry;

import java.util.List;

/**
 * Registration stopped because survivors in the centre may be the same person and the request did not say they were
 * reviewed (API: 409 listing them; page: the list and the choice to open her case or register anyway). Carries ids
 * and case numbers only; the message names nobody.
 */
public class PossibleDuplicatesException extends RuntimeException {

    private final transient List<PossibleDuplicate> duplicates;

    public PossibleDuplicatesException(List<PossibleDuplicate> duplicates) {
        super("possible duplicates: " + duplicates.size(), null, false, false);
        this.duplicates = List.copyOf(duplicates);
    }

    public List<PossibleDuplicate> duplicates() {
        return duplicates;
    }
}
