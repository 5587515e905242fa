package kz.tendik.shared.demo;

import java.io.PrintStream;
import java.util.List;

import kz.tendik.shared.cli.TendikCommand;
import org.springframework.stereotype.Component;

/** {@code tendik demo}: loads the demo data set into the configured database, once. */
@Component
class DemoCommand implements TendikCommand {

    private final DemoLoader loader;

    DemoCommand(DemoLoader loader) {
        this.loader = loader;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String usage() {
        return "load the demo data set (regions, centres, providers, users) unless already loaded";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        out.println(loader.loadOnce() ? "Demo data loaded." : "Demo data was already loaded; nothing changed.");
        return 0;
    }
}
