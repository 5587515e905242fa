package kz.tendik.directory.hotline;

import java.util.function.LongSupplier;

import kz.tendik.directory.support.DirectoryAudit;
import kz.tendik.directory.support.UniqueNames;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and (de)activating hotlines: checked, written and audited in one transaction. */
@Service
public class HotlineEditing {

    private static final String TYPE = "hotline";

    private final HotlineRepository hotlines;
    private final DirectoryAudit audit;

    HotlineEditing(HotlineRepository hotlines, DirectoryAudit audit) {
        this.hotlines = hotlines;
        this.audit = audit;
    }

    @Transactional
    public long create(HotlineDraft draft, CurrentUser user) {
        check(draft, null);
        long id = write(() -> hotlines.insert(draft));
        audit.changed(user, TYPE, "create", id);
        return id;
    }

    @Transactional
    public void update(long id, HotlineDraft draft, CurrentUser user) {
        if (hotlines.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        check(draft, id);
        write(() -> hotlines.update(id, draft) ? id : 0);
        audit.changed(user, TYPE, "update", id);
    }

    @Transactional
    public void setActive(long id, boolean active, CurrentUser user) {
        if (!hotlines.setActive(id, active)) {
            throw new NotFoundException();
        }
        audit.changed(user, TYPE, active ? "reactivate" : "deactivate", id);
    }

    private void check(HotlineDraft draft, Long id) {
        if (hotlines.numberTaken(draft.number(), id)) {
            throw new UserInputException("number", "directory.error.duplicateNumber");
        }
    }

    private static long write(LongSupplier statement) {
        try {
            return statement.getAsLong();
        } catch (DuplicateKeyException concurrentClash) {
            throw UniqueNames.asUserInput(concurrentClash);
        }
    }
}
