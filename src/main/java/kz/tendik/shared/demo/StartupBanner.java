package kz.tendik.shared.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On start of the web application: loads the demo data when demo mode is on (first start only) and prints the
 * address and, in demo mode, the demo logins.
 */
@Component
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DemoLoader loader;
    private final List<DemoContributor> contributors;
    private final boolean demo;
    private final String demoPassword;

    StartupBanner(DemoLoader loader, List<DemoContributor> contributors, @Value("${tendik.demo.enabled:false}") boolean demo,
                  @Value("${tendik.demo.password}") String demoPassword) {
        this.loader = loader;
        this.contributors = contributors;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (demo) {
            loader.loadOnce();
        }
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)
                || web.getWebServer() == null || web.getWebServer().getPort() <= 0) {
            return;
        }
        StringBuilder text = new StringBuilder("\n\n  Tendik is running at http://localhost:")
                .append(web.getWebServer().getPort()).append("/\n");
        if (demo) {
            text.append("  Demo logins (password: ").append(demoPassword).append("):\n");
            contributors.stream().flatMap(c -> c.logins().stream())
                    .forEach(user -> text.append("    ").append(user).append('\n'));
        }
        System.out.println(text);
        log.info("Started; demo mode {}", demo ? "on" : "off");
    }
}
