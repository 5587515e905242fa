package kz.tendik;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import kz.tendik.identity.Requires;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Rules of the code base that the compiler does not check. */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("kz.tendik");

    @Test
    void everyHandlerMethodDeclaresTheActionItPerforms() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .or().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .and().areMetaAnnotatedWith(RequestMapping.class)
                .should().beAnnotatedWith(Requires.class)
                .orShould().beDeclaredInClassesThat().areAnnotatedWith(Requires.class);
        rule.check(MAIN);
    }

    @Test
    void dependenciesAreInjectedThroughConstructors() {
        fields().should().notBeAnnotatedWith(Autowired.class).check(MAIN);
    }

    @Test
    void onlyTheCommandLineWritesToTheConsole() {
        noClasses().that().resideOutsideOfPackages("..cli..", "..demo..")
                .and().doNotImplement(kz.tendik.shared.cli.TendikCommand.class)
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("logs go through SLF4J, where no personal data is written")
                .check(MAIN);
    }
}
