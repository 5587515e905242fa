package kz.tendik;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.tendik.shared.cli.CommandLine;
import kz.tendik.shared.cli.StandaloneCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Tendik: one executable jar. Without arguments (or with options such as {@code --demo}) it serves the web
 * application; with a command ({@code help}, {@code audit verify}, ...) it runs that command and exits. A command that
 * needs no database ({@code indices}) runs before Spring starts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class TendikApplication {

    public static void main(String[] args) {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        arguments.replaceAll(a -> a.equals("--demo") ? "--tendik.demo.enabled=true" : a);
        SpringApplication application = new SpringApplication(TendikApplication.class);
        if (CommandLine.isCommand(arguments)) {
            // a command that needs no database or web server runs without starting the application
            Optional<StandaloneCommand> standalone = CommandLine.standalone(arguments.get(0));
            if (standalone.isPresent()) {
                System.exit(CommandLine.run(standalone.get(), args));
            }
            application.setAdditionalProfiles("cli");
            application.setLogStartupInfo(false);
            System.exit(SpringApplication.exit(application.run(CommandLine.forCommand(arguments))));
        }
        application.run(arguments.toArray(String[]::new));
    }
}
