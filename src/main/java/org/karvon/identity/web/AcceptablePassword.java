package org.karvon.identity.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.karvon.identity.PasswordPolicy;

/** The field must satisfy {@link PasswordPolicy}; the error says which rule it breaks. */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AcceptablePassword.Validator.class)
@interface AcceptablePassword {

	String message() default "is not an acceptable password";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<AcceptablePassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			var refusal = PasswordPolicy.refusal(password);
			refusal.ifPresent((reason) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(reason).addConstraintViolation();
			});
			return refusal.isEmpty();
		}

	}

}
