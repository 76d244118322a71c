package org.karvon.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries the style guide asks for, checked so they cannot erode quietly. */
@AnalyzeClasses(packages = "org.karvon", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	/** The top-level package of every feature: its domain model. Adapters live in subpackages. */
	static final String[] DOMAIN = { "org.karvon.kernel", "org.karvon.consignment", "org.karvon.journal",
			"org.karvon.signing", "org.karvon.qr", "org.karvon.document", "org.karvon.registry", "org.karvon.identity",
			"org.karvon.scan", "org.karvon.webhook" };

	/** Domain models are plain Java: tests of them need no Spring context and no database. */
	@ArchTest
	static final ArchRule domainModelsArePlainJava = noClasses()
		.that().resideInAnyPackage(DOMAIN)
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..",
				"tools.jackson..", "com.fasterxml.jackson..")
		.allowEmptyShould(false);

	/** Only the qr package draws and reads QR codes (ZXing, and BoofCV for hard photos). */
	@ArchTest
	static final ArchRule onlyQrImportsZxing = noClasses()
		.that().resideOutsideOfPackage("org.karvon.qr..")
		.should().dependOnClassesThat().resideInAnyPackage("com.google.zxing..", "boofcv..", "georegression..",
				"org.ddogleg..", "org.ejml..");

	/** Web types stay at the edge: nothing in a domain or persistence package knows a controller. */
	@ArchTest
	static final ArchRule nothingDependsOnWebAdapters = noClasses()
		.that().resideInAnyPackage("..persistence..", "..application..", "org.karvon.consignment", "org.karvon.journal")
		.should().dependOnClassesThat().resideInAnyPackage("org.karvon.*.web..");

	/** Services answer with domain outcomes; only the edge chooses HTTP statuses and problem bodies. */
	@ArchTest
	static final ArchRule applicationServicesKnowNoHttp = noClasses()
		.that().resideInAnyPackage("..application..")
		.should().dependOnClassesThat().resideInAnyPackage("org.karvon.web..", "org.springframework.http..",
				"org.springframework.web..")
		.allowEmptyShould(false);

	/** SQL lives in persistence/ (and the database wiring); the problem handler only recognises R2DBC outages. */
	@ArchTest
	static final ArchRule sqlOnlyInPersistence = noClasses()
		.that().resideOutsideOfPackages("..persistence..", "org.karvon.database..")
		.and().doNotHaveFullyQualifiedName("org.karvon.web.ProblemDetailsHandler")
		.should().dependOnClassesThat().resideInAnyPackage("org.springframework.r2dbc..", "io.r2dbc..");

	/** Features may use each other one way only: no two feature packages depend on each other. */
	@ArchTest
	static final ArchRule featuresAreFreeOfCycles = slices().matching("org.karvon.(*)..").should().beFreeOfCycles();

}
