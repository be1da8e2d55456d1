package com.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of the code, stated as sentences. */
@AnalyzeClasses(packages = "com.backproplab", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_math_core_depends_on_neither_spring_nor_vaadin = noClasses()
            .that()
            .resideInAPackage("..math..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "com.vaadin..", "tools.jackson..", "com.fasterxml..");

    @ArchTest
    static final ArchRule the_math_core_depends_on_no_other_package_of_the_product = noClasses()
            .that()
            .resideInAPackage("com.backproplab.math..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.backproplab.scenario..",
                    "com.backproplab.explorer..",
                    "com.backproplab.api..",
                    "com.backproplab.permalink..",
                    "com.backproplab.chart..",
                    "com.backproplab.system..");

    @ArchTest
    static final ArchRule nothing_but_views_depends_on_the_ui_packages = noClasses()
            .that()
            .resideOutsideOfPackage("com.backproplab..ui..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.backproplab..ui..");

    @ArchTest
    static final ArchRule the_top_level_packages_are_free_of_cycles =
            slices().matching("com.backproplab.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule vaadin_stays_in_the_views_the_charts_and_the_system = noClasses()
            .that()
            .resideOutsideOfPackages("com.backproplab", "..ui..", "com.backproplab.chart..", "com.backproplab.system..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule permalinks_and_the_api_do_not_depend_on_the_explorer = noClasses()
            .that()
            .resideInAnyPackage("com.backproplab.permalink..", "com.backproplab.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.backproplab.explorer..");

    @ArchTest
    static final ArchRule the_scenario_depends_on_no_page_and_no_link = noClasses()
            .that()
            .resideInAPackage("com.backproplab.scenario..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "com.backproplab.explorer..",
                    "com.backproplab.permalink..",
                    "com.backproplab.api..",
                    "com.backproplab.chart..",
                    "com.backproplab.system..");
}
