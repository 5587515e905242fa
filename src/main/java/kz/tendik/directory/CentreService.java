package kz.tendik.directory;

/** What a family support centre offers; named in every language by the message key {@code centre.service.<CODE>}. */
public enum CentreService {
    PSYCHOLOGICAL,
    LEGAL,
    SOCIAL,
    FAMILY_MEDIATION,
    CASE_MANAGEMENT,
    TEMPORARY_SHELTER,
    HOTLINE,
    CHILD_SUPPORT;

    public String messageKey() {
        return "centre.service." + name();
    }
}
