package org.karvon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top frames of one JFR recording ({@code jfr-<operation>.jfr}, made by {@code jcmd JFR.start} around the
 * operation's warm-up pass, so the profiler does not slow the measured one): of all execution samples, the share in which a method is the top frame (self)
 * and the share in which it is anywhere on the stack (total).
 */
final class BenchProfile {

	private BenchProfile() {
	}

	/** Markdown: a heading and two short tables, or nothing when the recording is missing. */
	static String topFrames(Path recording, String operation, int top) throws IOException {
		if (!Files.exists(recording)) {
			return "";
		}
		Map<String, Integer> self = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		int samples = 0;
		for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
			if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
				continue;
			}
			List<RecordedFrame> frames = event.getStackTrace().getFrames();
			if (frames.isEmpty()) {
				continue;
			}
			samples++;
			self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
			Set<String> seen = new HashSet<>();
			for (RecordedFrame frame : frames) {
				String method = name(frame.getMethod());
				if (seen.add(method)) {
					total.merge(method, 1, Integer::sum);
				}
			}
		}
		if (samples == 0) {
			return "";
		}
		StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "#### %s (%d samples)%n%n", operation, samples));
		md.append("| self % | method | | total % | method |\n|---:|---|---|---:|---|\n");
		List<Map.Entry<String, Integer>> bySelf = sorted(self, top);
		List<Map.Entry<String, Integer>> byTotal = sorted(total.entrySet().stream()
			.filter((entry) -> entry.getKey().startsWith("org.karvon.")).collect(java.util.stream.Collectors
				.toMap(Map.Entry::getKey, Map.Entry::getValue)), top);
		for (int i = 0; i < Math.max(bySelf.size(), byTotal.size()); i++) {
			md.append(row(bySelf, i, samples)).append(" | ").append(row(byTotal, i, samples)).append(" |\n");
		}
		return md.append('\n').toString();
	}

	private static String row(List<Map.Entry<String, Integer>> entries, int i, int samples) {
		return i < entries.size() ? String.format(Locale.ROOT, "| %.1f | `%s`", 100.0 * entries.get(i).getValue() / samples,
				entries.get(i).getKey()) : "| | ";
	}

	private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int top) {
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).toList();
	}

	private static String name(RecordedMethod method) {
		return method == null ? "?" : method.getType().getName() + "." + method.getName();
	}

}
