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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Turns {@code results.txt} (one wrk run a line) and {@code limits.txt} (one pgbench run a line)
 * into {@code report.md} and {@code throughput.png}. Reports targets; never fails on a timing.
 */
public final class BenchReport {

	/** operation → pgbench script whose SQL it issues, and its target (ratio to limit, or p99 ms). */
	private static final Map<String, String[]> PLAN = new LinkedHashMap<>();

	static {
		PLAN.put("health", new String[] { null, "HTTP ceiling" });
		PLAN.put("scan", new String[] { "limit-scan", "ratio>=0.30" });
		PLAN.put("append", new String[] { "limit-append", "ratio>=0.50" });
		PLAN.put("append-hot", new String[] { "limit-append-hot", "" });
		PLAN.put("register", new String[] { "limit-register", "" });
		PLAN.put("qr-png", new String[] { "limit-qr-png", "" });
		PLAN.put("photo-scan", new String[] { "limit-scan", "" });
		PLAN.put("scan-half-rate", new String[] { null, "p99<=50" });
		PLAN.put("append-half-rate", new String[] { null, "p99<=50" });
	}

	private BenchReport() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		Map<String, Map<String, String>> runs = parse(Files.readAllLines(dir.resolve("results.txt")));
		Map<String, Map<String, String>> limits = parse(Files.readAllLines(dir.resolve("limits.txt")));
		double ceiling = number(runs.get("health"), "rps");
		StringBuilder md = new StringBuilder("# Karvon benchmark\n\n");
		md.append("| operation | connections | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU % | RSS MB "
				+ "| limit req/s | ratio | vs HTTP ceiling | target | met? |\n");
		md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
		Map<String, double[]> chart = new LinkedHashMap<>();
		for (var entry : PLAN.entrySet()) {
			Map<String, String> run = runs.get(entry.getKey());
			if (run == null) {
				continue;
			}
			double rps = number(run, "rps");
			Map<String, String> limitRun = entry.getValue()[0] == null ? null : limits.get(entry.getValue()[0]);
			double limit = limitRun == null ? Double.NaN : number(limitRun, "tps");
			long errors = (long) (number(run, "non2xx") + number(run, "socket"));
			String target = entry.getValue()[1];
			md.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %s | %d | %s | %s | %s | %s | %.2f | %s | %s |%n",
					entry.getKey(), run.get("connections"), rps, run.get("p50"), run.get("p95"), run.get("p99"), errors,
					run.get("cpu"), run.get("rssmb"), Double.isNaN(limit) ? "–" : String.format(Locale.ROOT, "%.0f", limit),
					Double.isNaN(limit) ? "–" : String.format(Locale.ROOT, "%.2f", rps / limit), rps / ceiling,
					target.isEmpty() ? "no errors" : target, met(target, rps / limit, number(run, "p99"), errors)));
			if (!entry.getKey().endsWith("half-rate")) {
				chart.put(entry.getKey(), new double[] { rps, limit });
			}
		}
		md.append("\n`limit req/s`: pgbench running exactly the SQL the operation issues (bench/pgbench/*.sql), same "
				+ "number of clients, same duration. `ratio` = req/s ÷ limit. `vs HTTP ceiling` = req/s ÷ health req/s "
				+ "on the same server. Latencies are wrk's (ms); `*-half-rate` runs are paced at half the measured "
				+ "maximum of the same operation. CPU % is of one core (200 % = both cores of this machine).\n\n");
		Path machine = dir.resolve("machine.txt");
		if (Files.exists(machine)) {
			md.append("Machine (the server, PostgreSQL, wrk and pgbench share it): ")
				.append(String.join("; ", Files.readAllLines(machine))).append(".\n\n");
		}
		md.append("![throughput](throughput.png)\n");
		Files.writeString(dir.resolve("report.md"), md.toString());
		ImageIO.write(chart(chart), "png", dir.resolve("throughput.png").toFile());
	}

	private static String met(String target, double ratio, double p99, long errors) {
		boolean ok = errors == 0;
		if (target.startsWith("ratio>=")) {
			ok &= ratio >= Double.parseDouble(target.substring(7));
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
