package kz.tendik.cases.web;

import java.util.List;

import kz.tendik.cases.casefile.FamilyCategory;
import kz.tendik.cases.file.CaseFiles;
import kz.tendik.cases.registry.SurvivorRegistry;
import kz.tendik.cases.survivor.SurvivorProfile;
import kz.tendik.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Intake's last step: register the survivor and open their case in one transaction (both or neither). */
@Component
class Intake {

    private final SurvivorRegistry registry;
    private final CaseFiles files;

    Intake(SurvivorRegistry registry, CaseFiles files) {
        this.registry = registry;
        this.files = files;
    }

    /** Stops with {@link kz.tendik.cases.registry.PossibleDuplicatesException} unless each is among the reviewed. */
    @Transactional
    public long registerAndOpen(CurrentUser user, SurvivorProfile profile, FamilyCategory category,
                                List<Long> reviewedDuplicates) {
        long survivor = registry.register(user, profile, null, reviewedDuplicates).id();
        return files.open(user, new CaseFiles.Opening(survivor, null, category), null).id();
    }

    @Transactional
    public long openFor(CurrentUser user, long survivorId) {
        return files.open(user, new CaseFiles.Opening(survivorId, null, null), null).id();
    }

    public List<kz.tendik.cases.registry.SurvivorMatch> search(CurrentUser user, String name, String iin, String phone) {
        return registry.possibleDuplicates(user, iin, phone, name);
    }
}
