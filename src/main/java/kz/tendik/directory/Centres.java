package kz.tendik.directory;

import java.util.List;
import java.util.Optional;

/** Family support centres, for the modules that attach people and cases to a centre. */
public interface Centres {

    /** The centre with this id, active or not. */
    Optional<Centre> find(long id);

    /** The active centres of a region, by Russian name. */
    List<Centre> activeInRegion(String regionCode);

    /** Every active centre, by region and Russian name. */
    List<Centre> allActive();
}
