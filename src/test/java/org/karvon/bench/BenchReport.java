package org.karvon.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Turns {@code results.txt} (one wrk run a line) and {@code limits.txt} (one pgbench run a line) into
 * {@code report.md} and {@code throughput.png}. Operations measured in interleaved pairs ({@code scan@1},
 * {@code limit-scan@1}, {@code scan@2} …) are reported by their median ratio with its min–max, and the report
 * says when that spread is wider than the gap to the target. Reports targets; never fails on a timing.
 */
public final class BenchReport {

	/** operation → pgbench run whose SQL it issues, and its target (ratio to limit, req/s, or p99 ms). */
	private static final Map<String, String[]> PLAN = new LinkedHashMap<>();

	static {
		PLAN.put("ceiling", new String[] { null, "HTTP ceiling" });
		PLAN.put("health", new String[] { null, "" });
		PLAN.put("scan", new String[] { "limit-scan", "ratio>=0.30" });
		PLAN.put("append", new String[] { "limit-append", "ratio>=0.50" });
		PLAN.put("append-hot", new String[] { "limit-append-hot", "" });
		PLAN.put("register", new String[] { "limit-register", "ratio>=0.40" });
		PLAN.put("qr-png", new String[] { "limit-qr-png", "" });
		PLAN.put("photo-scan", new String[] { null, "rps>=50" });
		PLAN.put("scan-half-rate", new String[] { null, "p99<=50" });
		PLAN.put("append-half-rate", new String[] { null, "p99<=50" });
		// only with BENCH_INSTANCES=2
		PLAN.put("two-instances-scan", new String[] { "limit-two-instances-scan", "" });
		PLAN.put("two-instances-append", new String[] { "limit-two-instances-append", "" });
	}

	/** The whole server within this RSS through the run (issue: footprint). */
	private static final double RSS_TARGET_MB = 600;

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		Map<String, Map<String, String>> runs = parse(Files.readAllLines(dir.resolve("results.txt")));
		Map<String, Map<String, String>> limits = parse(Files.readAllLines(dir.resolve("limits.txt")));
		Map<String, String> ceilingRun = runs.containsKey("ceiling") ? runs.get("ceiling") : runs.get("health");
		double ceiling = number(ceilingRun, "rps");
		StringBuilder md = new StringBuilder("# Karvon benchmark\n\n");
		md.append("| operation | connections | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU % | RSS MB "
				+ "| limit req/s | ratio | vs HTTP ceiling | target | met? |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---|---|\n");
		StringBuilder pairsMd = new StringBuilder();
		List<String> spreads = new ArrayList<>();
		Map<String, double[]> chart = new LinkedHashMap<>();
		for (var entry : PLAN.entrySet()) {
			String name = entry.getKey();
			String target = entry.getValue()[1];
			List<Pair> pairs = pairs(name, entry.getValue()[0], runs, limits);
			if (pairs.isEmpty()) {
				continue;
			}
			List<Pair> byRatio = new ArrayList<>(pairs);
			byRatio.sort(Comparator.comparingDouble(Pair::ratio));
			Pair median = byRatio.get((byRatio.size() - 1) / 2);
			Map<String, String> run = median.run();
			double rps = median.rps();
			long errors = pairs.stream().mapToLong((pair) -> (long) (number(pair.run(), "non2xx") + number(pair.run(), "socket")))
				.sum();
			String ratio = Double.isNaN(median.ratio()) ? "–" : String.format(Locale.ROOT, "%.2f", median.ratio());
			if (pairs.size() > 1) {
				double min = byRatio.get(0).ratio();
				double max = byRatio.get(byRatio.size() - 1).ratio();
				ratio += String.format(Locale.ROOT, " (%.2f–%.2f, %d pairs)", min, max, pairs.size());
				if (target.startsWith("ratio>=")) {
					double gap = Math.abs(median.ratio() - Double.parseDouble(target.substring(7)));
					if (max - min > gap) {
						spreads.add(String.format(Locale.ROOT, "%s: the spread of its ratios (%.2f) is wider than the gap to "
								+ "the target (%.2f), so this run does not decide whether the target is met", name, max - min, gap));
					}
				}
				for (int i = 0; i < pairs.size(); i++) {
					pairsMd.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f |%n", name, i + 1,
							pairs.get(i).rps(), pairs.get(i).limit(), pairs.get(i).ratio()));
				}
			}
			md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %s | %d | %s | %s | %s | %s | %.2f | %s | %s |%n",
					name, run.get("connections"), rps, run.get("p50"), run.get("p95"), run.get("p99"), errors,
					run.get("cpu"), run.get("rssmb"), Double.isNaN(median.limit()) ? "–"
							: String.format(Locale.ROOT, "%.0f", median.limit()),
					ratio, rps / ceiling, target.isEmpty() ? "no errors" : target,
					met(target, median.ratio(), rps, number(run, "p99"), errors)));
			if (!name.endsWith("half-rate")) {
				chart.put(name, new double[] { rps, median.limit() });
			}
		}
		md.append("\n`limit req/s`: pgbench running exactly the SQL the operation issues (bench/pgbench/*.sql), same "
				+ "number of clients, same duration. `ratio` = req/s ÷ limit; for operations measured in interleaved "
				+ "pairs (the operation, then its limit, A B A B …) the median ratio with its min–max, and the row's "
				+ "other columns are from the median pair. `vs HTTP ceiling` = req/s ÷ `ceiling` req/s on the same "
				+ "server (`GET /api/me` with a bearer token: authenticated like every call, no database). `health` is "
				+ "the liveness probe. Latencies are wrk's (ms); `*-half-rate` runs are paced at half the median "
				+ "maximum of the same operation. CPU % is of one core (200 % = both cores of this machine). "
				+ "`two-instances-*` (only with `BENCH_INSTANCES=2`): two servers on the same database, half the "
				+ "connections each; req/s and errors summed, latencies the worse of the two, CPU both servers' "
				+ "together, RSS the larger one.\n\n");
		double peak = peakRss(dir, runs);
		md.append(String.format(Locale.ROOT, "Peak RSS of the server through the whole run (seeding included): **%.0f MB** "
				+ "(target ≤ %.0f MB: %s).%n%n", peak, RSS_TARGET_MB, peak <= RSS_TARGET_MB ? "met" : "**not met**"));
		if (!spreads.isEmpty()) {
			md.append("Spread wider than the gap:\n");
			spreads.forEach((line) -> md.append("- ").append(line).append('\n'));
			md.append('\n');
		}
		if (pairsMd.length() > 0) {
			md.append("| pair | # | req/s | limit req/s | ratio |\n|---|---:|---:|---:|---:|\n").append(pairsMd).append('\n');
		}
		Path machine = dir.resolve("machine.txt");
		if (Files.exists(machine)) {
			md.append("Machine (the server, PostgreSQL, wrk and pgbench share it): ")
				.append(String.join("; ", Files.readAllLines(machine))).append(".\n\n");
		}
		md.append("![throughput](throughput.png)\n\n");
		StringBuilder profiles = new StringBuilder();
		for (String name : PLAN.keySet()) {
			String recording = runs.containsKey(name + "@1") ? name + "@1" : name;
			profiles.append(BenchProfile.topFrames(dir.resolve("jfr-" + recording + ".jfr"), name, 10));
		}
		if (profiles.length() > 0) {
			md.append("### Profiles (JFR, warm-up pass; total: Karvon's own methods on the stack)\n\n").append(profiles);
		}
		Files.writeString(dir.resolve("report.md"), md.toString());
		ImageIO.write(chart(chart), "png", dir.resolve("throughput.png").toFile());
	}

	/** One measured pass of an operation with the limit measured beside it (NaN when it has none). */
	private record Pair(Map<String, String> run, double rps, double limit) {

		double ratio() {
			return rps / limit;
		}

	}

	/** The interleaved pairs {@code name@1…} if the run has them, else the single run {@code name}. */
	private static List<Pair> pairs(String name, String limitName, Map<String, Map<String, String>> runs,
			Map<String, Map<String, String>> limits) {
		List<Pair> pairs = new ArrayList<>();
		for (int i = 1; runs.containsKey(name + "@" + i); i++) {
			Map<String, String> limit = limitName == null ? null : limits.get(limitName + "@" + i);
			pairs.add(new Pair(runs.get(name + "@" + i), number(runs.get(name + "@" + i), "rps"), number(limit, "tps")));
		}
		if (pairs.isEmpty() && runs.containsKey(name)) {
			Map<String, String> limit = limitName == null ? null : limits.get(limitName);
			pairs.add(new Pair(runs.get(name), number(runs.get(name), "rps"), number(limit, "tps")));
		}
		return pairs;
	}

	private static double peakRss(Path dir, Map<String, Map<String, String>> runs) throws IOException {
		double peak = runs.values().stream().mapToDouble((run) -> number(run, "rssmb")).filter((mb) -> !Double.isNaN(mb))
			.max().orElse(Double.NaN);
		Path all = dir.resolve("rss-all.txt");
		if (Files.exists(all)) {
			for (String line : Files.readAllLines(all)) {
				if (!line.isBlank()) {
					peak = Math.max(Double.isNaN(peak) ? 0 : peak, Double.parseDouble(line.trim()) / 1024);
				}
			}
		}
		return peak;
	}

	private static String met(String target, double ratio, double rps, double p99, long errors) {
		boolean ok = errors == 0;
		if (target.startsWith("ratio>=")) {
			ok &= ratio >= Double.parseDouble(target.substring(7));
		}
		else if (target.startsWith("rps>=")) {
			ok &= rps >= Double.parseDouble(target.substring(5));
		}
		else if (target.startsWith("p99<=")) {
			ok &= p99 <= Double.parseDouble(target.substring(5));
		}
		return ok ? "yes" : "**no**";
	}

	private static Map<String, Map<String, String>> parse(List<String> lines) {
		Map<String, Map<String, String>> runs = new LinkedHashMap<>();
		for (String line : lines) {
			String[] words = line.trim().split("\\s+");
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 1; i < words.length; i++) {
				String[] pair = words[i].split("=", 2);
				values.put(pair[0], pair.length > 1 ? pair[1] : "");
			}
			runs.put(words[0], values);
		}
		return runs;
	}

	private static double number(Map<String, String> values, String key) {
		return values == null || values.get(key) == null || values.get(key).isEmpty() ? Double.NaN
				: Double.parseDouble(values.get(key));
	}

	/** Horizontal bars on a log scale: measured req/s (blue) over its limit (grey). */
	private static BufferedImage chart(Map<String, double[]> bars) {
		int width = 900;
		int rowHeight = 44;
		int left = 130;
		int height = 70 + bars.size() * rowHeight;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width, height);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		double max = bars.values().stream().flatMap((v) -> java.util.Arrays.stream(v).boxed())
			.filter((v) -> !v.isNaN()).mapToDouble(Double::doubleValue).max().orElse(10);
		double decades = Math.ceil(Math.log10(max));
		int plot = width - left - 30;
		g.setColor(Color.LIGHT_GRAY);
		for (int d = 0; d <= decades; d++) {
			int x = left + (int) (plot * d / decades);
			g.drawLine(x, 30, x, height - 30);
			g.drawString(String.format(Locale.ROOT, "%,d", (long) Math.pow(10, d)), x - 10, height - 12);
		}
		g.setColor(Color.BLACK);
		g.drawString("req/s (log scale): measured (blue) and the limit of the same SQL in pgbench (grey)", left, 18);
		int y = 36;
		for (var bar : bars.entrySet()) {
			g.setColor(Color.BLACK);
			g.drawString(bar.getKey(), 10, y + 22);
			drawBar(g, left, y + 4, plot, decades, bar.getValue()[1], new Color(190, 190, 190));
			drawBar(g, left, y + 18, plot, decades, bar.getValue()[0], new Color(40, 100, 200));
			y += rowHeight;
		}
		g.setStroke(new BasicStroke(1));
		g.dispose();
		return image;
	}

	private static void drawBar(Graphics2D g, int left, int y, int plot, double decades, double value, Color color) {
		if (Double.isNaN(value) || value <= 0) {
			return;
		}
		int length = (int) (plot * Math.max(0, Math.log10(value)) / decades);
		g.setColor(color);
		g.fillRect(left, y, Math.max(1, length), 12);
		g.setColor(Color.DARK_GRAY);
		g.drawString(String.format(Locale.ROOT, "%,.0f", value), left + length + 4, y + 11);
	}

}
