package org.mrc.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Package by feature, one direction between features, and a shared package that knows no feature. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mrc.casework");
    }

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("org.mrc.casework.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses()
                .that()
                .resideInAPackage("org.mrc.casework.shared..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages(
                        "org.mrc.casework.shared..",
                        "java..",
                        "javax.sql..",
                        // span processing (shared/telemetry)
                        "io.opentelemetry..",
                        // the JDK's HMAC (signed paging cursors)
                        "javax.crypto..",
                        "jakarta..",
                        "com.fasterxml..",
                        // the request target as sent, before the router resolves it (shared/http/InputGuard)
                        "io.vertx.core.http..",
                        "io.quarkus..",
                        "io.smallrye..",
                        "org.eclipse.microprofile..",
                        "org.jboss..",
                        "org.hibernate..",
                        "io.agroal..")
                .check(classes);
    }

    @Test
    void resourcesNeverTouchEntitiesOrRepositories() {
        noClasses()
                .that()
                .areAnnotatedWith(Path.class)
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(Entity.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .check(classes);
    }

    /**
     * The sub-packages of client (episodes, households, human capital, merges, the timeline) reach the registry only
     * through {@code ClientService}, its views and its enums, and a client record only through
     * {@code privacy.ClientAccess}: never through the {@code Client} entity, its repository or the registry's
     * internals.
     */
    @Test
    void clientSubPackagesReachTheRegistryOnlyThroughItsService() {
        DescribedPredicate<JavaClass> registryInternals =
                new DescribedPredicate<>(
                        "classes of the client registry other than ClientService, its views and its enums") {
                    @Override
                    public boolean test(JavaClass target) {
                        if (!target.getPackageName().equals("org.mrc.casework.client")) {
                            return false;
                        }
                        String outer = target.getName().replaceAll("\\$.*", "");
                        return !(outer.equals("org.mrc.casework.client.ClientService")
                                || target.isEnum()
                                || target.getSimpleName().endsWith("View")
                                || target.getSimpleName().endsWith("Summary"));
                    }
                };
        noClasses()
                .that()
                .resideInAPackage("org.mrc.casework.client..")
                .and()
                .resideOutsideOfPackage("org.mrc.casework.client")
                .should()
                .dependOnClassesThat(registryInternals)
                .check(classes);
    }

    /** The tier mechanism and the access entry point are neutral ground: they never depend on the client feature. */
    @Test
    void privacyDependsOnNoClientPackage() {
        noClasses()
                .that()
                .resideInAPackage("org.mrc.casework.privacy..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.mrc.casework.client..")
                .check(classes);
    }

    @Test
    void entitiesAreNotPartOfAnyFeaturesPublicApi() {
        noClasses().that().areAnnotatedWith(Entity.class).should().bePublic().check(classes);
    }
}
