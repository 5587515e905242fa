package kz.tendik.identity;

import java.util.Set;

/**
 * Who supervises whom, as the other modules need it: a supervisor's team is a set of caseworkers of her own centre,
 * set by an administrator or the centre's manager ({@link Action#TEAM_MANAGE}; decision 0026).
 */
public interface Teams {

    /**
     * The ids of the caseworkers the user supervises now: accounts that are caseworkers of the supervisor's centre
     * (disabled ones too: their cases still need supervising). Empty for a user who is not a supervisor of a centre,
     * or whose team is empty.
     */
    Set<Long> teamOf(long supervisorId);
}
