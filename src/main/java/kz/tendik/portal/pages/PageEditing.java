package kz.tendik.portal.pages;

import kz.tendik.audit.AuditLog;
import kz.tendik.audit.AuditRecord;
import kz.tendik.identity.CurrentUser;
import kz.tendik.portal.PublicContentChanged;
import org.springframework.context.ApplicationEventPublisher;
import kz.tendik.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator changes a page's title and text; the change is audited in the same transaction. */
@Service
class PageEditing {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;

    private final PageRepository pages;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PageEditing(PageRepository pages, AuditLog audit, ApplicationEventPublisher events) {
        this.pages = pages;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    void change(CurrentUser user, String slug, String language, PageForm form) {
        if (!pages.update(slug, language, form.title().trim(), form.body())) {
            throw new NotFoundException();
        }
        audit.record(AuditRecord.success(user.id(), user.getUsername(), "portal_page.update", "portal_page",
                slug + "/" + language));
        events.publishEvent(new PublicContentChanged("portal_page"));
    }
}
