package kz.tendik.cases.survivor;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A part of a survivor's profile, named without its value: what a case's timeline and the audit log say changed
 * (contact channels and safe address, say), never what it changed to.
 */
public enum ProfilePart {
    NAME(p -> java.util.Arrays.asList(p.fullName(), p.fullNameLatin())),
    IIN(SurvivorProfile::iin),
    BIRTH(p -> java.util.Arrays.asList(p.dateOfBirth(), p.age(), p.ageRecordedOn())),
    SEX(SurvivorProfile::sex),
    MARITAL_STATUS(SurvivorProfile::maritalStatus),
    DISPLACEMENT(SurvivorProfile::displacementStatus),
    LANGUAGES(SurvivorProfile::languages),
    DISABILITY(p -> java.util.Arrays.asList(p.hasDisability(), p.disability())),
    CITIZENSHIP(SurvivorProfile::citizenship),
    CHILDREN(SurvivorProfile::childrenInHousehold),
    CONTACTS(SurvivorProfile::contacts),
    SAFE_ADDRESS(SurvivorProfile::safeAddress),
    EMERGENCY_CONTACT(SurvivorProfile::emergencyContact);

    private final Function<SurvivorProfile, Object> value;

    ProfilePart(Function<SurvivorProfile, Object> value) {
        this.value = value;
    }

    /** The parts whose values differ between the two profiles, in this enum's order; empty when none does. */
    public static Set<ProfilePart> changed(SurvivorProfile before, SurvivorProfile after) {
        Set<ProfilePart> changed = EnumSet.noneOf(ProfilePart.class);
        for (ProfilePart part : values()) {
            if (!Objects.equals(part.value.apply(before), part.value.apply(after))) {
                changed.add(part);
            }
        }
        return changed;
    }

    /** As a detail of the timeline's event ({@code cases.eventDetail.CONTACTS}). */
    public String messageKey() {
        return "cases.eventDetail." + name();
    }
}
