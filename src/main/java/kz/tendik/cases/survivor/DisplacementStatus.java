package kz.tendik.cases.survivor;

/**
 * A survivor's displacement or migration status at intake: the GBVIMS values (resident, IDP, returnee, refugee,
 * asylum seeker, stateless person, foreign national) in the terms Kazakhstan uses. {@link #INTERNAL_MIGRANT} is
 * someone who moved within Kazakhstan (GBVIMS "IDP", which here is mostly migration for work or housing, not flight);
 * {@link #KANDAS} is an ethnic Kazakh who came to live in Kazakhstan with or on the way to kandas status (GBVIMS
 * "returnee").
 */
public enum DisplacementStatus {
    RESIDENT, INTERNAL_MIGRANT, KANDAS, REFUGEE, ASYLUM_SEEKER, STATELESS, FOREIGN_NATIONAL;

    public String messageKey() {
        return "cases.displacementStatus." + name();
    }
}
