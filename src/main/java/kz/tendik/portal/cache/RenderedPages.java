package kz.tendik.portal.cache;

import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import kz.tendik.directory.DirectoryChanged;
import kz.tendik.portal.PublicContentChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The rendered public pages kept in memory, bounded in number and age. Any change to the directory or to what the
 * portal publishes empties it once the change's transaction has committed, so the next reader sees the change.
 */
@Component
class RenderedPages {

    private final Cache<PublicPageKey, CachedPage> pages;

    RenderedPages(PageCacheSettings settings) {
        this.pages = Caffeine.newBuilder().maximumSize(settings.maxPages()).expireAfterWrite(settings.ttl()).build();
    }

    CachedPage get(PublicPageKey key) {
        return pages.getIfPresent(key);
    }

    void put(PublicPageKey key, CachedPage page) {
        pages.put(key, page);
    }

    /**
     * Emptied twice: at once, so that whoever wrote sees the change even inside their own transaction, and again
     * after the commit, so that no page rendered from the old data in between survives.
     */
    @EventListener
    void changed(DirectoryChanged changed) {
        clear();
    }

    @TransactionalEventListener
    void committed(DirectoryChanged changed) {
        clear();
    }

    @EventListener
    void changed(PublicContentChanged changed) {
        clear();
    }

    @TransactionalEventListener
    void committed(PublicContentChanged changed) {
        clear();
    }

    void clear() {
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    Set<PublicPageKey> keys() {
        return Set.copyOf(pages.asMap().keySet());
    }
}
