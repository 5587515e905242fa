package kz.tendik.directory.provider;

import java.util.function.LongSupplier;

import kz.tendik.directory.Regions;
import kz.tendik.directory.support.DirectoryAudit;
import kz.tendik.directory.support.UniqueNames;
import kz.tendik.identity.CurrentUser;
import kz.tendik.shared.web.NotFoundException;
import kz.tendik.shared.web.UserInputException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, changing and (de)activating service providers: checked, written and audited in one transaction. */
@Service
public class ProviderEditing {

    private static final String TYPE = "provider";

    private final ProviderRepository providers;
    private final Regions regions;
    private final UniqueNames uniqueNames;
    private final DirectoryAudit audit;

    ProviderEditing(ProviderRepository providers, Regions regions, UniqueNames uniqueNames, DirectoryAudit audit) {
        this.providers = providers;
        this.regions = regions;
        this.uniqueNames = uniqueNames;
        this.audit = audit;
    }

    @Transactional
    public long create(ProviderDraft draft, CurrentUser user) {
        check(draft, null);
        long id = write(() -> providers.insert(draft));
        audit.changed(user, TYPE, "create", id);
        return id;
    }

    @Transactional
    public void update(long id, ProviderDraft draft, CurrentUser user) {
        if (providers.find(id).isEmpty()) {
            throw new NotFoundException();
        }
        check(draft, id);
        write(() -> providers.update(id, draft) ? id : 0);
        audit.changed(user, TYPE, "update", id);
    }

    @Transactional
    public void setActive(long id, boolean active, CurrentUser user) {
        if (!providers.setActive(id, active)) {
            throw new NotFoundException();
        }
        audit.changed(user, TYPE, active ? "reactivate" : "deactivate", id);
    }

    private void check(ProviderDraft draft, Long id) {
        if (!regions.exists(draft.regionCode())) {
            throw new UserInputException("regionCode", "validation.invalidValue");
        }
        uniqueNames.requireUnique("service_provider", draft.regionCode(), draft.names(), id);
    }

    private static long write(LongSupplier statement) {
        try {
            return statement.getAsLong();
        } catch (DuplicateKeyException concurrentClash) {
            throw UniqueNames.asUserInput(concurrentClash);
        }
    }
}
