package org.crossings.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md, as sentences. The log is walled off from the border system; features use each
 * other only through their model packages; models and use cases are free of frameworks.
 */
class ArchitectureTest {

    private static final String[] TLOG_READERS = {
        "org.crossings.tlog.merkle..", "org.crossings.tlog.note..", "org.crossings.tlog.checkpoint..",
        "org.crossings.tlog.tiles..", "org.crossings.tlog.witness..", "org.crossings.tlog.proof.."};
    private static final String[] TLOG_WRITER = {"org.crossings.tlog.log..", "org.crossings.tlog.storage.."};
    private static final String FEATURE = "org.crossings.server.(*)";
    private static final String[] LAYERS = {
        "org.crossings.server.*.http..", "org.crossings.server.*.store..", "org.crossings.server.*.application.."};
    private static final String LAYER_PACKAGE = "org\\.crossings\\.server\\.[a-z]+\\.(http|store|application)(\\..*)?";
    /** The one place that maps errors to problem responses knows every feature's errors; the features' routes
     * know the shared web plumbing. That is not a cycle between features. */
    private static final DescribedPredicate<HasName> ONE_PLACE_MAPPING_ERRORS =
            HasName.Predicates.name("org.crossings.server.http.ProblemResponses");

    private static JavaClasses crossings;

    @BeforeAll
    static void importClasses() {
        crossings = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // tlog's exported contract tests
                .importPackages("org.crossings");
    }

    @Test
    void the_log_knows_nothing_of_borders_http_or_spring() {
        ArchRule rule = classes().that().resideInAPackage("org.crossings.tlog..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "org.crossings.tlog..", "java..", "javax..", "org.bouncycastle..")
                .because("any party must be able to verify the log with the tlog module alone");
        rule.check(crossings);
    }

    @Test
    void readers_and_verifiers_of_the_log_never_depend_on_its_writer() {
        ArchRule rule = noClasses().that().resideInAnyPackage(TLOG_READERS)
                .should().dependOnClassesThat().resideInAnyPackage(TLOG_WRITER)
                .because("an auditor's verifier must not trust the code that writes the log");
        rule.check(crossings);
    }

    @Test
    void the_command_line_depends_on_the_log_and_not_on_the_server() {
        ArchRule rule = noClasses().that().resideInAPackage("org.crossings.cli..")
                .should().dependOnClassesThat().resideInAPackage("org.crossings.server..");
        rule.check(crossings);
    }

    @Test
    void models_know_nothing_of_http_store_or_application() {
        ArchRule rule = noClasses().that().resideInAPackage("org.crossings.server.*")
                .and().resideOutsideOfPackages("org.crossings.server", "org.crossings.server.http",
                        "org.crossings.server.database")
                .should().dependOnClassesThat().resideInAnyPackage("..http..", "..store..", "..application..")
                .allowEmptyShould(true);
        rule.check(crossings);
    }

    @Test
    void models_and_use_cases_are_free_of_spring_and_servlets() {
        ArchRule rule = noClasses().that().resideInAnyPackage("org.crossings.server.*.application..")
                .or().resideInAPackage("org.crossings.server.*")
                .and().resideOutsideOfPackages("org.crossings.server", "org.crossings.server.http",
                        "org.crossings.server.database")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .allowEmptyShould(true);
        rule.check(crossings);
    }

    @Test
    void features_are_free_of_cycles() {
        slices().matching(FEATURE + "..").should().beFreeOfCycles()
                .ignoreDependency(ONE_PLACE_MAPPING_ERRORS, DescribedPredicate.alwaysTrue())
                .allowEmptyShould(true).check(crossings);
    }

    /**
     * A feature's routes call its own use cases and read its own store; what they must not reach is another
     * feature's http, store or application. (Slicing by feature and layer together would forbid the former too.)
     */
    @Test
    void features_use_each_other_only_through_their_model_packages() {
        ArchRule rule = noClasses().that().resideInAnyPackage(LAYERS)
                .should(new ArchCondition<JavaClass>("depend on another feature's http, store or application") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass();
                            if (target.getPackageName().matches(LAYER_PACKAGE)
                                    && !feature(target).equals(feature(origin))) {
                                events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
        rule.check(crossings);
    }

    private static String feature(JavaClass type) {
        return type.getPackageName().split("\\.")[3];
    }
}
