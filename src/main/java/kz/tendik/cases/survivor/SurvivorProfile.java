package kz.tendik.cases.survivor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything personal about a survivor, stored as one AEAD ciphertext of this record's JSON. {@code fullName} is
 * written in Cyrillic or Latin as the survivor gives it; {@code fullNameLatin} is the passport spelling when known.
 * {@code iin} is optional (foreigners, those who decline). Either a date of birth or an age in years (as of
 * {@code ageRecordedOn}) is kept. {@code maritalStatus}, {@code displacementStatus} and {@code hasDisability} are
 * {@code null} when not asked (and in profiles written before they existed); {@code disability} describes the
 * disability and is kept only when {@code hasDisability} is not {@code false}.
 */
public record SurvivorProfile(String fullName, String fullNameLatin, String iin, LocalDate dateOfBirth, Integer age,
                              LocalDate ageRecordedOn, Sex sex, MaritalStatus maritalStatus,
                              DisplacementStatus displacementStatus, List<String> languages, Boolean hasDisability,
                              String disability, String citizenship, Integer childrenInHousehold,
                              List<ContactChannel> contacts, String safeAddress, EmergencyContact emergencyContact) {

    public SurvivorProfile {
        languages = languages == null ? List.of() : List.copyOf(languages);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** The initials of the name as written ("Ж. Ә."), the only part of it shown in lists. */
    public String initials() {
        return Initials.of(fullName);
    }

    /** The age in whole years on {@code day}, from the date of birth or the recorded age; empty when unknown. */
    public Optional<Integer> ageOn(LocalDate day) {
        if (dateOfBirth != null) {
            return Optional.of(java.time.Period.between(dateOfBirth, day).getYears());
        }
        if (age != null) {
            LocalDate recorded = ageRecordedOn == null ? day : ageRecordedOn;
            return Optional.of(age + java.time.Period.between(recorded, day).getYears());
        }
        return Optional.empty();
    }

    /** Every phone number in the profile (contact channels that hold one). */
    public List<String> phones() {
        return contacts.stream().filter(c -> c.kind() != null && c.kind().holdsPhone() && c.value() != null)
                .map(ContactChannel::value).toList();
    }
}
