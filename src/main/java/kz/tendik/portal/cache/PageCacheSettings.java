package kz.tendik.portal.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tendik.portal.page-cache.*}: whether rendered public pages are kept in memory, for how long at most (a
 * change to the directory or the pages empties the cache at once anyway) and how many (each is a few kilobytes).
 */
@ConfigurationProperties("tendik.portal.page-cache")
record PageCacheSettings(Boolean enabled, Duration ttl, Integer maxPages) {

    PageCacheSettings {
        enabled = enabled == null || enabled;
        ttl = ttl == null ? Duration.ofMinutes(5) : ttl;
        maxPages = maxPages == null ? 2_000 : maxPages;
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("tendik.portal.page-cache.ttl must be positive");
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("tendik.portal.page-cache.max-pages must be at least 1");
        }
    }
}
