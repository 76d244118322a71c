package org.karvon;

import org.karvon.journal.evidence.EvidenceCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KarvonApplication {

	public static void main(String[] args) {
		if (args.length > 0 && EvidenceCommand.NAME.equals(args[0])) {
			// an offline check: no server, no database
			System.exit(EvidenceCommand.run(args, System.out));
		}
		SpringApplication.run(KarvonApplication.class, args);
	}

}
