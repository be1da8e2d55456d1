package com.backproplab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
                    "com.backproplab.network..",
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
}
