package kz.tendik.directory.centre;

import kz.tendik.directory.Regions;
import kz.tendik.directory.support.DirectoryAudit;
import kz.tendik.directory.support.UniqueNames;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and (de)activating centres: checked, written and audited in one transaction. */
@Service
public class CentreEditing {

    private static final String TYPE = "centre";

    private final CentreRepository centres;
    private final Regions regions;
    private final UniqueNames uniqueNames;
    private final DirectoryAudit audit;

    CentreEditing(CentreRepository centres, Regions regions, UniqueNames uniqueNames, DirectoryAudit audit) {
        this.centres = centres;
        this.regions = regions;
        this.uniqueNames = uniqueNames;
        this.audit = audit;
    }

    @Transactional
    public long create(CentreDraft draft, CurrentUser user) {
        check(draft, null);
        long id = write(() -> centres.insert(draft));
        audit.changed(user, TYPE, "create", id);
        return id;
    }

    @Transactional
    public void update(long id, CentreDraft draft, CurrentUser user) {
        if (centres.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        check(draft, id);
        write(() -> centres.update(id, draft) ? id : 0);
        audit.changed(user, TYPE, "update", id);
    }

    @Transactional
    public void setActive(long id, boolean active, CurrentUser user) {
        if (!centres.setActive(id, active)) {
            throw new NotFoundException();
        }
        audit.changed(user, TYPE, active ? "reactivate" : "deactivate", id);
    }

    private void check(CentreDraft draft, Long id) {
        if (!regions.exists(draft.regionCode())) {
            throw new UserInputException("regionCode", "validation.invalidValue");
        }
        uniqueNames.requireUnique("centre", draft.regionCode(), draft.names(), id);
    }

    private static long write(java.util.function.LongSupplier statement) {
        try {
            return statement.getAsLong();
        } catch (DuplicateKeyException concurrentClash) {
            throw UniqueNames.asUserInput(concurrentClash);
        }
    }
}
