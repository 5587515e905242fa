package kz.tendik.cases.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import kz.tendik.cases.registry.SurvivorStore;
import kz.tendik.cases.survivor.DisplacementStatus;
import kz.tendik.cases.survivor.MaritalStatus;
import kz.tendik.cases.survivor.SurvivorProfile;

/**
 * The Incident Recorder's survivor columns that only the encrypted profile holds: marital status, displacement or
 * migration status, disability. Rows wait until {@value #BATCH} are ready; then the profiles of their survivors not
 * met before are decrypted in one query and only these three facts are kept (for the survivor's other incidents),
 * never a name, IIN, contact or the description of the disability.
 */
final class SurvivorFacts {

    static final int BATCH = 1_000;

    /** What the workbook may say about a survivor. */
    record Facts(MaritalStatus maritalStatus, DisplacementStatus displacementStatus, Boolean hasDisability) {

        static final Facts UNKNOWN = new Facts(null, null, null);

        static Facts of(SurvivorProfile p) {
            return new Facts(p.maritalStatus(), p.displacementStatus(), p.hasDisability());
        }
    }

    /** A row whose survivor columns, starting at {@code at}, are filled when its batch is decrypted. */
    record Pending(long survivorId, List<Object> cells, int at) {
    }

    private final SurvivorStore survivors;
    private final Function<Facts, List<Object>> cells;
    private final Map<Long, Facts> known = new HashMap<>();
    private final List<Pending> waiting = new ArrayList<>(BATCH);
    private int decrypted;

    /** {@code cells} writes a survivor's facts as the workbook's three cells. */
    SurvivorFacts(SurvivorStore survivors, Function<Facts, List<Object>> cells) {
        this.survivors = survivors;
        this.cells = cells;
    }

    /** Queues the row; returns the rows now complete (a whole batch, or none). */
    List<List<Object>> add(Pending row) {
        waiting.add(row);
        return waiting.size() < BATCH ? List.of() : flush();
    }

    /** Completes every waiting row. */
    List<List<Object>> flush() {
        Set<Long> unknown = new LinkedHashSet<>();
        for (Pending row : waiting) {
            if (!known.containsKey(row.survivorId())) {
                unknown.add(row.survivorId());
            }
        }
        Map<Long, SurvivorProfile> profiles = survivors.profiles(unknown);
        decrypted += profiles.size();
        for (Long id : unknown) {
            SurvivorProfile profile = profiles.get(id);
            known.put(id, profile == null ? Facts.UNKNOWN : Facts.of(profile));
        }
        List<List<Object>> done = new ArrayList<>(waiting.size());
        for (Pending row : waiting) {
            List<Object> complete = new ArrayList<>(row.cells());
            complete.addAll(row.at(), cells.apply(known.get(row.survivorId())));
            done.add(complete);
        }
        waiting.clear();
        return done;
    }

    /** How many profiles were decrypted (each survivor's once). */
    int decrypted() {
        return decrypted;
    }
}
