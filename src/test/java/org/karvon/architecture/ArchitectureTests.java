package org.karvon.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The boundaries the style guide asks for, checked so they cannot erode quietly. */
@AnalyzeClasses(packages = "org.karvon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** Domain models are plain Java: tests of them need no Spring context and no database. */
	@ArchTest
	static final ArchRule domainModelsAreFreeOfSpringAndReactor = noClasses()
		.that().resideInAnyPackage("org.karvon.consignment", "org.karvon.journal", "org.karvon.signing", "org.karvon.qr",
				"org.karvon.document")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..")
		.allowEmptyShould(false);

	/** Only the qr package draws and reads QR codes. */
	@ArchTest
	static final ArchRule onlyQrImportsZxing = noClasses()
		.that().resideOutsideOfPackage("org.karvon.qr..")
		.should().dependOnClassesThat().resideInAPackage("com.google.zxing..");

	/** Web types stay at the edge: nothing in a domain or persistence package knows a controller. */
	@ArchTest
	static final ArchRule nothingDependsOnWebAdapters = noClasses()
		.that().resideInAnyPackage("..persistence..", "..application..", "org.karvon.consignment", "org.karvon.journal")
		.should().dependOnClassesThat().resideInAnyPackage("org.karvon.*.web..");

}
