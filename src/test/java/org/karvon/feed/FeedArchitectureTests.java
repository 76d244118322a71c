package org.karvon.feed;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The feed's model is plain Java, and only its wire adapter knows the AMQP client. */
@AnalyzeClasses(packages = "org.karvon", importOptions = ImportOption.DoNotIncludeTests.class)
class FeedArchitectureTests {

	@ArchTest
	static final ArchRule feedModelIsPlainJava = noClasses().that().resideInAPackage("org.karvon.feed")
		.should().dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "tools.jackson..", "io.r2dbc..", "com.rabbitmq..")
		.allowEmptyShould(false);

	@ArchTest
	static final ArchRule onlyTheAmqpAdapterKnowsRabbitMq = noClasses().that().resideOutsideOfPackage("org.karvon.feed.amqp")
		.should().dependOnClassesThat().resideInAPackage("com.rabbitmq..");

}
