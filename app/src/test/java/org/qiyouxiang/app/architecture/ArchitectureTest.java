package org.qiyouxiang.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.qiyouxiang.app.core.AllowedDependency;

/**
 * The arrows point one way: ui → service / excel → core → db. A class that must break a rule
 * says why with {@link AllowedDependency}.
 */
@AnalyzeClasses(packages = "org.qiyouxiang", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String JAVAFX_SCENE = "javafx.scene..";

    @ArchTest
    static final ArchRule onlyUiTouchesJavaFxScene = noClasses()
            .that().resideOutsideOfPackage("org.qiyouxiang.app.ui..")
            .and(not(annotatedWith(AllowedDependency.class)))
            .should().dependOnClassesThat().resideInAPackage(JAVAFX_SCENE)
            .because("only app.ui draws; core, excel, service and db stay testable without a screen");

    @ArchTest
    static final ArchRule onlyExcelTouchesPoi = noClasses()
            .that().resideOutsideOfPackage("org.qiyouxiang.app.excel..")
            .and(not(annotatedWith(AllowedDependency.class)))
            .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
            .because("spreadsheet formats are the excel package's business");

    @ArchTest
    static final ArchRule onlyReportTouchesPdfBox = noClasses()
            .that().resideOutsideOfPackage("org.qiyouxiang.app.report..")
            .and(not(annotatedWith(AllowedDependency.class)))
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("the PDF format is the report package's business, as spreadsheets are excel's");

    @ArchTest
    static final ArchRule reportDoesNotReachUp = noClasses()
            .that().resideInAPackage("org.qiyouxiang.app.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qiyouxiang.app.service..",
                    "org.qiyouxiang.app.ui..", "org.qiyouxiang.app.cli..", "org.qiyouxiang.app.excel..", "javafx..",
                    "org.apache.poi..", "org.jooq..")
            .because("report draws the page model into PDF for the services, nothing more");

    @ArchTest
    static final ArchRule uiDoesNotTouchJooq = noClasses()
            .that().resideInAPackage("org.qiyouxiang.app.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.qiyouxiang.db.jooq..")
            .because("the UI reaches data through services, never through SQL");

    @ArchTest
    static final ArchRule generatedJooqStaysInDb = noClasses()
            .that().resideOutsideOfPackage("org.qiyouxiang.db..")
            .should().dependOnClassesThat().resideInAPackage("org.qiyouxiang.db.jooq..")
            .because("jOOQ records never leave the db repositories; they return our own records");

    @ArchTest
    static final ArchRule onlyServicesAndDbUseJooq = noClasses()
            .that().resideInAnyPackage("org.qiyouxiang.app.core..", "org.qiyouxiang.app.excel..",
                    "org.qiyouxiang.app.report..", "org.qiyouxiang.app.ui..", "org.qiyouxiang.app.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.jooq..")
            .because("transactions belong to services");

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses()
            .that().resideInAPackage("org.qiyouxiang.app.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.poi..", "org.jooq..",
                    "org.qiyouxiang.app.excel..", "org.qiyouxiang.app.service..", "org.qiyouxiang.app.ui..",
                    "org.qiyouxiang.app.cli..", "org.qiyouxiang.app.report..", "org.apache.pdfbox..")
            .because("core is plain Java: quarter maths, target values, status rules");

    @ArchTest
    static final ArchRule excelDoesNotReachUp = noClasses()
            .that().resideInAPackage("org.qiyouxiang.app.excel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qiyouxiang.app.service..",
                    "org.qiyouxiang.app.ui..", "org.qiyouxiang.app.cli..", "javafx..")
            .because("excel reads and writes files for the services, nothing more");

    @ArchTest
    static final ArchRule servicesDoNotReachUp = noClasses()
            .that().resideInAPackage("org.qiyouxiang.app.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qiyouxiang.app.ui..",
                    "org.qiyouxiang.app.cli..", JAVAFX_SCENE)
            .because("services serve both the window and the command line");

    @ArchTest
    static final ArchRule dbKnowsNothingOfTheApp = noClasses()
            .that().resideInAPackage("org.qiyouxiang.db..")
            .should().dependOnClassesThat().resideInAnyPackage("org.qiyouxiang.app..", "javafx..",
                    "org.apache.poi..")
            .because("the data layer is at the bottom");
}
