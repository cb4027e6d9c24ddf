package org.crossings.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of STYLE.md, as sentences. The log is walled off from the border system; features use each
 * other only through their model packages; models and use cases are free of frameworks.
 */
class ArchitectureTest {

    private static final String[] TLOG_READERS = {
        "org.crossings.tlog.merkle..", "org.crossings.tlog.note..", "org.crossings.tlog.checkpoint..",
        "org.crossings.tlog.tiles..", "org.crossings.tlog.witness..", "org.crossings.tlog.proof..",
        "org.crossings.tlog.audit..", "org.crossings.tlog.client.."};
    private static final String[] TLOG_WRITER = {"org.crossings.tlog.log..", "org.crossings.tlog.storage.."};
    private static final String FEATURE = "org.crossings.server.(*)";

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
    void the_log_client_depends_on_no_server_or_command_line_code() {
        ArchRule rule = noClasses().that().resideInAPackage("org.crossings.tlog.client..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crossings.server..", "org.crossings.cli..")
                .because("the server's mirror and crossings verify share one client, which neither may bend to itself");
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
    void the_models_of_features_are_free_of_cycles() {
        // Only the model packages: a feature's use cases and adapters may use any other feature's model (the journal
        // among them), while the models themselves form layers (party, place < journal < agreement < ...).
        slices().matching(FEATURE).should().beFreeOfCycles().allowEmptyShould(true).check(crossings);
    }

    @Test
    void features_use_each_other_only_through_their_model_packages() {
        noClasses().should(reachIntoAnotherFeaturesOuterPackages()).allowEmptyShould(true).check(crossings);
    }

    /**
     * The shared web package knows no feature; what it may name is the identity of its callers, which every route
     * needs: the people model (a person, their roles, their tokens) and the codes of the party and the posts a person
     * acts for. Shared values and the database are not features.
     */
    @Test
    void the_shared_web_package_imports_no_feature_but_the_identity_of_its_callers() {
        noClasses().that().resideInAPackage("org.crossings.server.http..")
                .should(dependOnAFeatureBeyondTheIdentityOfCallers()).allowEmptyShould(true).check(crossings);
    }

    private static final Set<String> SHARED = Set.of("", "http", "value", "database");
    private static final Set<String> CALLER_IDENTITY = Set.of(
            "org.crossings.server.party.PartyCode", "org.crossings.server.place.PostCode");

    private static ArchCondition<JavaClass> dependOnAFeatureBeyondTheIdentityOfCallers() {
        return new ArchCondition<>("depend on a feature beyond the identity of callers") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    String feature = feature(target.getPackageName());
                    boolean identity = target.getPackageName().equals("org.crossings.server.people")
                            || CALLER_IDENTITY.contains(target.getName());
                    if (target.getPackageName().startsWith("org.crossings.server.") && !SHARED.contains(feature)
                            && !identity) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static final Pattern OUTER = Pattern.compile("org\\.crossings\\.server\\.([a-z]+)\\.(http|store|application)(\\..*)?");

    /** A dependency on another feature's http, store or application package. */
    private static ArchCondition<JavaClass> reachIntoAnotherFeaturesOuterPackages() {
        return new ArchCondition<>("depend on the http, store or application package of another feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String from = feature(origin.getPackageName());
                if (from.isEmpty()) {
                    return; // org.crossings.server itself: the wiring, which builds every feature's parts
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = OUTER.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches() && !target.group(1).equals(from)) {
                        events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The shared packages every feature may use, which are no feature themselves. */
    private static final String[] SHARED_PACKAGES = {"org.crossings.server.http..", "org.crossings.server.value..",
        "org.crossings.server.database.."};

    @Test
    void the_journal_depends_on_no_feature() {
        noClasses().that().resideInAPackage("org.crossings.server.journal..")
                .should().dependOnClassesThat(aFeatureOtherThanTheJournal())
                .because("the journal owns the envelope format; features supply their public facts and convert at"
                        + " their edge (docs/envelope.md)")
                .check(crossings);
    }

    @Test
    void features_are_free_of_cycles_at_feature_level() {
        // A feature with its sub-packages (model, application, http, store) is one slice; the wiring package
        // org.crossings.server itself and the shared http, value and database packages are no feature.
        slices().matching("org.crossings.server.(*)..").should().beFreeOfCycles()
                .ignoreDependency(JavaClass.Predicates.resideInAnyPackage(SHARED_PACKAGES), DescribedPredicate.alwaysTrue())
                .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAnyPackage(SHARED_PACKAGES))
                .check(crossings);
    }

    private static DescribedPredicate<JavaClass> aFeatureOtherThanTheJournal() {
        return DescribedPredicate.describe("a feature's class (party, place, agreement, travel, stats, people...)",
                target -> target.getPackageName().startsWith("org.crossings.server.")
                        && !java.util.Set.of("journal", "http", "value", "database")
                                .contains(feature(target.getPackageName())));
    }

    private static String feature(String packageName) {
        String prefix = "org.crossings.server.";
        if (!packageName.startsWith(prefix)) {
            return "";
        }
        String rest = packageName.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
