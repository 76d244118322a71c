package org.karvon.support;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.karvon.web.Causes;

/**
 * When a test fails because a request got no answer in time, prints every thread's stack (with locks)
 * before the failure is reported: a hang in a full run cannot be reproduced at will, so the dump is
 * the only evidence of which thread held it.
 */
public class HangDiagnostics implements TestExecutionExceptionHandler {

	@Override
	public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
		if (isTimeout(failure)) {
			StringBuilder dump = new StringBuilder("=== thread dump: ").append(context.getDisplayName())
				.append(" timed out ===\n");
			appendThreads(dump);
			System.out.println(dump);
		}
		throw failure;
	}

	/** Every thread's full stack, with the lock it waits for and who holds it. */
	static void appendThreads(StringBuilder dump) {
		for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
			// ThreadInfo.toString() stops after eight frames
			dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
			if (thread.getLockName() != null) {
				dump.append(" on ").append(thread.getLockName()).append(" held by ").append(thread.getLockOwnerName());
			}
			dump.append('\n');
			for (StackTraceElement frame : thread.getStackTrace()) {
				dump.append("\tat ").append(frame).append('\n');
			}
			dump.append('\n');
		}
	}

	private static boolean isTimeout(Throwable failure) {
		return Causes.any(failure, (cause) -> cause instanceof TimeoutException
				|| String.valueOf(cause.getMessage()).contains("Timeout on blocking read"));
	}

}
