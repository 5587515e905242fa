package kz.tendik.portal.cache;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheSettings.class)
class PageCacheConfiguration {

    /** After the security filter chain (order -100), so cached pages carry the same headers as rendered ones. */
    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(PageCacheSettings settings, LocaleResolver locales,
                                                            RenderedPages pages) {
        FilterRegistrationBean<PublicPageCache> registration =
                new FilterRegistrationBean<>(new PublicPageCache(settings, locales, pages));
        registration.addUrlPatterns("/help", "/help/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
