package kz.tendik.cases.incident;

import java.util.Optional;

/**
 * The GBVIMS incident types, declared in the order the classification questions are asked: the first "yes" wins,
 * so the most specific type is recorded. Each GBV type maps to the form of Kazakhstan's law it falls under, kept
 * beside it on the incident (forced marriage is coercion, so psychological; denial of resources is economic).
 */
public enum GbvType {
    RAPE(LawForm.SEXUAL),
    SEXUAL_ASSAULT(LawForm.SEXUAL),
    PHYSICAL_ASSAULT(LawForm.PHYSICAL),
    FORCED_MARRIAGE(LawForm.PSYCHOLOGICAL),
    DENIAL_OF_RESOURCES(LawForm.ECONOMIC),
    PSYCHOLOGICAL_ABUSE(LawForm.PSYCHOLOGICAL),
    /** Recorded, but left out of GBV statistics; answered by "no" to every question. */
    NON_GBV(null);

    private final LawForm lawForm;

    GbvType(LawForm lawForm) {
        this.lawForm = lawForm;
    }

    /** The form of the 2009 law this type falls under; empty for non-GBV. */
    public Optional<LawForm> lawForm() {
        return Optional.ofNullable(lawForm);
    }

    public boolean isSexualViolence() {
        return this == RAPE || this == SEXUAL_ASSAULT;
    }

    public boolean isGbv() {
        return this != NON_GBV;
    }

    /** The type's name, e.g. "Rape". */
    public String messageKey() {
        return "cases.gbvType." + name();
    }

    /** The question that asks for this type (not for non-GBV, which is what remains when all are "no"). */
    public String questionKey() {
        if (this == NON_GBV) {
            throw new IllegalStateException("non-GBV is not asked, it is what remains");
        }
        return "cases.gbvType.question." + name();
    }
}
