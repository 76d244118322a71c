package org.karvon;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class KarvonApplication {

	public static void main(String[] args) {
		SpringApplication.run(KarvonApplication.class, args);
	}

}
