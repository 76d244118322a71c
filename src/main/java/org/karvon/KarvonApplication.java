package org.karvon;

import org.karvon.journal.evidence.EvidenceCommand;
import org.karvon.transparency.witness.WitnessCommand;

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
		if (args.length > 0 && WitnessCommand.NAME.equals(args[0])) {
			// a witness of its own: no Spring context, no database; its HTTP server keeps the JVM running
			int code = WitnessCommand.run(args, System.out);
			if (code != 0) {
				System.exit(code);
			}
			return;
		}
		SpringApplication.run(KarvonApplication.class, args);
	}

}
