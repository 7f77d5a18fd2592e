package org.essor.testing.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rooms every Essor service has (CONVENTIONS): {@code api → app → domain}, {@code events} beside them.
 * The domain decides and knows no framework: no REST, no messaging, no Quarkus, no platform web or events code.
 * Only {@code api} speaks HTTP (nothing below it uses {@code platform/web}); only {@code app} and {@code events} reach
 * the database (the {@code api} room calls use cases, never a repository or a session).
 */
public final class ServiceArchitecture {

    private ServiceArchitecture() {
    }

    public static void check(String servicePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage);

        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.quarkus..", "io.smallrye..",
                        "io.vertx..", "org.eclipse.microprofile..", "org.apache.kafka..", "org.essor.web..",
                        "org.essor.events..", "org.essor.security..", "com.fasterxml.jackson..")
                .because("the domain decides without knowing how it is called, stored or published")
                .check(classes);

        noClasses().that().resideInAnyPackage(servicePackage + ".domain..", servicePackage + ".app..",
                        servicePackage + ".events..")
                .should().dependOnClassesThat().resideInAPackage(servicePackage + ".api..")
                .because("only the api room speaks HTTP")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackage + ".app..", servicePackage + ".events..")
                .because("the domain is the innermost room")
                .check(classes);

        noClasses().that().resideInAnyPackage(servicePackage + ".domain..", servicePackage + ".app..",
                        servicePackage + ".events..")
                .should().dependOnClassesThat().resideInAnyPackage("org.essor.web..", "jakarta.ws.rs..")
                .because("use cases refuse with the kernel's refusals; only the api room turns them into HTTP answers")
                .check(classes);

        noClasses().that().resideInAPackage(servicePackage + ".api..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus.hibernate..", "io.quarkus.panache..",
                        "org.hibernate..", "jakarta.persistence..", "io.vertx.sqlclient..", "io.vertx.mutiny.sqlclient..")
                .orShould().dependOnClassesThat().haveNameMatching(servicePackage.replace(".", "\\.") + "\\.app\\..*Repositor.*")
                .because("the api room calls use cases; reading and writing the database is the app room's work")
                .check(classes);
    }
}
