package com.keepwise.reports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of the dependencies, checked: reports → scoring → domain, the domain pure, the
 * scoring free of I/O frameworks, and only the command line may end the JVM.
 */
class DependencyRulesTest {

  static JavaClasses keepwise;

  @BeforeAll
  static void importClasses() {
    keepwise =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // scoring's test fixtures, shared as a test-jar, are tests too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.keepwise");
  }

  @Test
  void theDomainUsesNothingButTheJdk() {
    classes()
        .that()
        .resideInAPackage("com.keepwise.domain..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("com.keepwise.domain..", "java..")
        .check(keepwise);
  }

  @Test
  void theDomainDoesNoIo() {
    noClasses()
        .that()
        .resideInAPackage("com.keepwise.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .check(keepwise);
  }

  @Test
  void scoringKnowsNothingOfReportsTemplatesOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAPackage("com.keepwise.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.keepwise.reports..", "freemarker..", "picocli..", "de.siegmar..")
        .check(keepwise);
  }

  @Test
  void theCriteriaKnowNothingOfThePolicy() {
    // The policy names criteria (Catalog) and carries their parameters (CostModel,
    // IdealCustomerProfile, NewCustomers), which therefore live with the criteria: one direction.
    noClasses()
        .that()
        .resideInAPackage("com.keepwise.scoring.criteria..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.keepwise.scoring.policy..")
        .check(keepwise);
  }

  @Test
  void noPackageCycles() {
    slices().matching("com.keepwise.(*).(*)..").should().beFreeOfCycles().check(keepwise);
  }

  @Test
  void scoringReadsNoFiles() {
    noClasses()
        .that()
        .resideInAPackage("com.keepwise.scoring..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..")
        .check(keepwise);
  }

  @Test
  void onlyTheCommandLineEndsTheJvm() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.keepwise.reports.cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .check(keepwise);
  }

  @Test
  void onlyTheCommandLineUsesPicocli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.keepwise.reports.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..")
        .check(keepwise);
  }

  @Test
  void onlyTheSiteSwapUsesNativeCalls() {
    // JNA loads a native library: only publishing a site over a previous one may pay for it, not
    // the start-up of `check` (AppCDS-trained) or any other command.
    noClasses()
        .that()
        .haveNameNotMatching("com\\.keepwise\\.reports\\.site\\.RenameExchange(\\$.*)?")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.sun.jna..")
        .check(keepwise);
  }

  @Test
  void theSiteIsTheOnlyUserOfFreemarker() {
    noClasses()
        .that()
        .resideOutsideOfPackage("com.keepwise.reports.site..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("freemarker..")
        .check(keepwise);
  }

  @Test
  void noCodeNeedsTheIcuDataLeftOutOfTheJar() {
    // keepwise.jar leaves out ICU's collation, break-iteration, transliteration, spelled-out
    // number, unit and display-name tables (reports/pom.xml): these classes would fail there.
    noClasses()
        .should()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.Collator")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.RuleBasedCollator")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.BreakIterator")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.Transliterator")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.RuleBasedNumberFormat")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.MeasureFormat")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("com.ibm.icu.text.LocaleDisplayNames")
        .check(keepwise);
  }
}
