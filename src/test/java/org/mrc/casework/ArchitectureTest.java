package org.mrc.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Singleton;
import jakarta.persistence.Entity;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The intended graph, written out: each package and the packages it may use. {@code shared} knows no feature;
     * {@code security}, {@code audit} and {@code privacy} are the mechanisms below the features; a feature may use
     * only what is listed here. A new package, or a new edge, is a decision made here in review.
     */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("security", Set.of("shared")),
            Map.entry("audit", Set.of("security", "shared")),
            Map.entry("webhook", Set.of("audit", "security", "shared")),
            Map.entry("hsds", Set.of("shared")),
            Map.entry("office", Set.of("audit", "security", "shared")),
            Map.entry("privacy", Set.of("audit", "office", "security", "shared")),
            Map.entry("catalogue", Set.of("audit", "privacy", "security", "shared")),
            Map.entry(
                    "partner",
                    Set.of("audit", "catalogue", "client", "office", "privacy", "security", "shared", "webhook")),
            Map.entry("consent", Set.of("audit", "office", "partner", "privacy", "security", "shared")),
            Map.entry("client", Set.of("audit", "office", "privacy", "security", "shared")),
            Map.entry(
                    "referral",
                    Set.of(
                            "audit",
                            "catalogue",
                            "client",
                            "consent",
                            "eligibility",
                            "office",
                            "partner",
                            "privacy",
                            "security",
                            "shared",
                            "webhook")),
            Map.entry(
                    "servicelog",
                    Set.of(
                            "audit",
                            "catalogue",
                            "client",
                            "office",
                            "partner",
                            "privacy",
                            "referral",
                            "security",
                            "shared")),
            Map.entry("handover", Set.of("audit", "client", "consent", "office", "privacy", "security", "shared")),
            Map.entry("reporting", Set.of("audit", "office", "security", "shared", "webhook")),
            Map.entry(
                    "eligibility", Set.of("audit", "catalogue", "client", "partner", "privacy", "security", "shared")),
            Map.entry("lifecycle", Set.of("audit", "office", "privacy", "referral", "security", "shared")),
            Map.entry("profile", Set.of("audit", "office", "partner", "reporting", "security", "shared")),
            Map.entry(
                    "subjectaccess",
                    Set.of(
                            "audit",
                            "client",
                            "consent",
                            "handover",
                            "privacy",
                            "referral",
                            "security",
                            "servicelog",
                            "shared")),
            Map.entry("bootstrap", Set.of("audit", "catalogue", "office", "partner", "security", "shared")));

    /** Packages every feature may use whole: mechanisms, not features with an API to keep narrow. */
    private static final Set<String> MECHANISMS = Set.of("shared", "security", "privacy");

    @Test
    void featuresDependOnlyOnTheFeaturesTheMapAllows() {
        List<String> wrong = new ArrayList<>();
        for (JavaClass origin : classes) {
            String from = feature(origin);
            if (from == null) {
                continue;
            }
            if (!ALLOWED.containsKey(from)) {
                wrong.add("package " + from + " is not in the map of allowed dependencies");
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                String to = feature(dependency.getTargetClass());
                if (to != null && !to.equals(from) && !ALLOWED.get(from).contains(to)) {
                    wrong.add(dependency.getDescription());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "dependencies the map does not allow:\n" + String.join("\n", wrong));
    }

    /**
     * Another feature is used only through its services (and policy components such as {@code OfficeScope}: CDI
     * beans), views, requests, references and events (records), enums, contribution points (interfaces) and
     * annotations: never its entities, repositories, resources or helper classes.
     */
    @Test
    void otherFeaturesUseOnlyServicesViewsReferencesAndEnums() {
        List<String> wrong = new ArrayList<>();
        for (JavaClass origin : classes) {
            String from = feature(origin);
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                String to = feature(target);
                if (from == null || to == null || to.equals(from) || MECHANISMS.contains(to)) {
                    continue;
                }
                JavaClass outer = target.getEnclosingClass().orElse(target);
                boolean api = target.isEnum()
                        || target.isRecord()
                        || target.isInterface()
                        || target.isAnnotation()
                        || (isBean(outer)
                                && !outer.isAnnotatedWith(Path.class)
                                && !outer.getSimpleName().endsWith("Repository"));
                if (!api || target.isAnnotatedWith(Entity.class)) {
                    wrong.add(dependency.getDescription());
                }
            }
        }
        assertTrue(wrong.isEmpty(), "uses of another feature's internals:\n" + String.join("\n", wrong));
    }

    /** HTTP types end at the resource: services take and return plain parameters and records. */
    @Test
    void servicesNeverSeeHttpTypes() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Service")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .check(classes);
    }

    /**
     * Time comes from the one injected {@link java.time.Clock} ({@code shared/SystemClock}, which ticks in the
     * microseconds PostgreSQL keeps); nothing else reads the system clock, and entities take {@code now} as a
     * parameter. {@code LocalDate.now(clock)} with the injected clock is fine: the rule is about the clock read.
     */
    @Test
    void noSystemClockOutsideTheClockProducer() {
        Set<String> clockReaders = Set.of(
                "java.time.Instant",
                "java.time.LocalDate",
                "java.time.LocalDateTime",
                "java.time.LocalTime",
                "java.time.OffsetDateTime",
                "java.time.ZonedDateTime",
                "java.time.Year",
                "java.time.YearMonth");
        DescribedPredicate<JavaMethodCall> systemClock =
                new DescribedPredicate<>("read the system clock (now() without a Clock, Clock.system*())") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        String owner = call.getTargetOwner().getName();
                        String name = call.getName();
                        List<String> parameters = call.getTarget().getRawParameterTypes().stream()
                                .map(JavaClass::getName)
                                .toList();
                        if (owner.equals("java.time.Clock")) {
                            return name.startsWith("system");
                        }
                        return clockReaders.contains(owner)
                                && name.equals("now")
                                && !parameters.contains("java.time.Clock");
                    }
                };
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.mrc.casework.shared.SystemClock")
                .should()
                .callMethodWhere(systemClock)
                .check(classes);
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

    /**
     * The headers every update, create or client read takes are declared once, as bean parameters carrying their
     * contract description and required flag ({@code IfMatchParam}, {@code IdempotencyKeyParam},
     * {@code AccessReasonParam}, {@code RequiredAccessReasonParam}): a resource that declares one of them itself
     * would give it its own description, or forget the required flag.
     */
    @Test
    void sharedHeadersAreDeclaredOnlyByTheirBeanParameters() {
        Map<String, Set<String>> declaredBy = Map.of(
                "If-Match",
                Set.of("org.mrc.casework.shared.http.IfMatchParam"),
                "Idempotency-Key",
                Set.of("org.mrc.casework.shared.idempotency.IdempotencyKeyParam"),
                "X-Access-Reason",
                Set.of(
                        "org.mrc.casework.privacy.AccessReasonParam",
                        "org.mrc.casework.privacy.RequiredAccessReasonParam"));
        List<String> wrong = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            Class<?> type = javaClass.reflect();
            List<HeaderParam> declared = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                Optional.ofNullable(field.getAnnotation(HeaderParam.class)).ifPresent(declared::add);
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    Optional.ofNullable(parameter.getAnnotation(HeaderParam.class))
                            .ifPresent(declared::add);
                }
            }
            for (HeaderParam header : declared) {
                Set<String> owners = declaredBy.get(header.value());
                if (owners != null && !owners.contains(type.getName())) {
                    wrong.add(type.getName() + " declares " + header.value() + " itself");
                }
            }
        }
        assertTrue(
                wrong.isEmpty(),
                "headers declared outside their bean parameters (use @BeanParam):\n" + String.join("\n", wrong));
        assertTrue(
                declaredBy.values().stream().flatMap(Set::stream).allMatch(name -> classes.contain(name)),
                "a bean parameter named here no longer exists");
    }

    /** The top-level package under org.mrc.casework a class lives in; null for the root package itself. */
    private static String feature(JavaClass javaClass) {
        String name = javaClass.getPackageName();
        if (!name.startsWith("org.mrc.casework.")) {
            return null;
        }
        String rest = name.substring("org.mrc.casework.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isBean(JavaClass javaClass) {
        return javaClass.isAnnotatedWith(ApplicationScoped.class)
                || javaClass.isAnnotatedWith(Singleton.class)
                || javaClass.isAnnotatedWith(RequestScoped.class)
                || javaClass.isAnnotatedWith(Dependent.class);
    }

    @Test
    void entitiesAreNotPartOfAnyFeaturesPublicApi() {
        noClasses().that().areAnnotatedWith(Entity.class).should().bePublic().check(classes);
    }

    /**
     * A native query is given a result class only when that class is an entity. Given a basic class ({@code UUID},
     * {@code String}, ...), Hibernate builds a new implicit result builder without equality on every call, so every
     * call adds a query plan under the same hash and the plan cache degrades into one long bin searched on every
     * request (see {@code QueryPlanCacheTest}, which catches it at run time for what the GETs reach). Read as source
     * text: the class literal passed is not visible in bytecode.
     */
    @Test
    void nativeQueriesMapRowsOnlyToEntities() throws java.io.IOException {
        Set<String> entities = new java.util.HashSet<>();
        classes.stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Entity.class))
                .forEach(javaClass -> entities.add(javaClass.getSimpleName()));
        List<String> offenders = new ArrayList<>();
        try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            for (java.nio.file.Path file :
                    files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = java.nio.file.Files.readString(file);
                int at = source.indexOf("createNativeQuery(");
                while (at >= 0) {
                    List<String> arguments = arguments(source, at + "createNativeQuery(".length());
                    String last = arguments.get(arguments.size() - 1).strip();
                    if (arguments.size() > 1 && last.endsWith(".class")) {
                        String type = last.substring(0, last.length() - ".class".length());
                        if (!entities.contains(type)) {
                            offenders.add(file.getFileName() + ": " + type);
                        }
                    }
                    at = source.indexOf("createNativeQuery(", at + 1);
                }
            }
        }
        assertTrue(entities.size() > 10, "entities found: " + entities);
        assertTrue(offenders.isEmpty(), "native queries mapped to a basic class: " + offenders);
    }

    /** The top-level arguments of the call whose argument list starts at {@code from}, text blocks and strings kept. */
    private static List<String> arguments(String source, int from) {
        List<String> arguments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 1;
        int i = from;
        while (depth > 0) {
            if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3) + 3;
                current.append(source, i, end);
                i = end;
                continue;
            }
            char c = source.charAt(i);
            if (c == '"') {
                int end = i + 1;
                while (source.charAt(end) != '"') {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                current.append(source, i, end + 1);
                i = end + 1;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
            if (depth == 1 && c == ',') {
                arguments.add(current.toString());
                current.setLength(0);
            } else if (depth > 0) {
                current.append(c);
            }
            i++;
        }
        arguments.add(current.toString());
        return arguments;
    }
}
