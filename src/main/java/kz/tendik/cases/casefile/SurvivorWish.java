package kz.tendik.cases.casefile;

/** What the survivor said about closing her case, recorded on the closure checklist. */
public enum SurvivorWish {
    /** She asked for the case to be closed. */
    ASKED_TO_CLOSE,
    /** She agrees that the case is closed. */
    AGREES_TO_CLOSE,
    /** She could not be asked (contact lost, moved away, deceased); the reason for closing says why. */
    COULD_NOT_BE_ASKED;

    public String messageKey() {
        return "cases.survivorWish." + name();
    }
}
