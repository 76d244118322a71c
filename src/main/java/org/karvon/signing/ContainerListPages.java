package org.karvon.signing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The container list of a long consignment, page by page, as codes printed on the document next to
 * its list: {@code KVL1:<number>:<version>:<page>/<pages>:<container> <container> …}, at most
 * {@value #PER_PAGE} containers a page. Plain text, every character in the QR alphanumeric alphabet
 * (a page of 20 is ~270 characters: QR version 10 at M; Base45 CBOR would need version 12).
 * The pages are not signed: the signed token commits to the list by {@link ContainerDigest}, and the
 * pages together must give back exactly that count and digest, in page order.
 */
public final class ContainerListPages {

	public static final int PER_PAGE = 20;

	/** Longest page code and most pages read: bounds on what a checker accepts. */
	static final int MAX_CODE_LENGTH = 400, MAX_PAGES = 50;

	/** How many page codes a checker reads at most. */
	public static final int MAX_PAGES_READ = MAX_PAGES;

	private static final Pattern PAGE = Pattern.compile(
			"KVL1:([0-9A-Z]{1,30}):([1-9][0-9]{0,8}):([1-9][0-9]?)/([1-9][0-9]?):([0-9A-Z]{1,20}(?: [0-9A-Z]{1,20}){0,19})");

	/** One page as read from its code. */
	public record Page(String number, int version, int page, int pages, List<String> containers) {
	}

	/** What a set of scanned pages says about the list a token commits to. */
	public sealed interface Check {

		/** Every page is there and the list is exactly the one signed. */
		record Complete(List<String> containers) implements Check {
		}

		/** The pages read so far agree with the token, but some are missing. */
		record Incomplete(List<Integer> missing) implements Check {
		}

		/** A page of another consignment or version, or a list that is not the one signed. */
		record Mismatch(String reason) implements Check {
		}

		/** Not a list page code. */
		record Malformed(String reason) implements Check {
		}

	}

	private ContainerListPages() {
	}

	/** The page codes for a consignment version's container list, in order. */
	public static List<String> pages(String number, int version, List<String> containers) {
		if (containers.isEmpty()) {
			return List.of();
		}
		int pages = Math.max(1, (containers.size() + PER_PAGE - 1) / PER_PAGE);
		List<String> codes = new ArrayList<>(pages);
		for (int page = 1; page <= pages; page++) {
			List<String> part = containers.subList((page - 1) * PER_PAGE, Math.min(containers.size(), page * PER_PAGE));
			codes.add("KVL1:" + number + ":" + version + ":" + page + "/" + pages + ":" + String.join(" ", part));
		}
		return codes;
	}

	/** One page code read, or empty when it is not exactly in the page format. */
	public static Optional<Page> parse(String code) {
		if (code == null || code.length() > MAX_CODE_LENGTH) {
			return Optional.empty();
		}
		Matcher matcher = PAGE.matcher(code);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int page = Integer.parseInt(matcher.group(3));
		int pages = Integer.parseInt(matcher.group(4));
		return (page > pages) ? Optional.empty() : Optional.of(new Page(matcher.group(1),
				Integer.parseInt(matcher.group(2)), page, pages, Arrays.asList(matcher.group(5).split(" "))));
	}

	/** Checks scanned pages (any order, repeats allowed) against the claims of a verified token. */
	public static Check verify(QrClaims signed, List<String> codes) {
		return verify(signed.number(), signed.version(), signed.containerDigest(), codes);
	}

	public static Check verify(String number, int version, ContainerDigest digest, List<String> codes) {
		if (codes.isEmpty() || codes.size() > MAX_PAGES) {
			return new Check.Malformed("between 1 and " + MAX_PAGES + " page codes");
		}
		TreeMap<Integer, Page> byIndex = new TreeMap<>();
		for (String code : new LinkedHashSet<>(codes)) {
			Optional<Page> page = parse(code);
			if (page.isEmpty()) {
				return new Check.Malformed("not a list page code");
			}
			Page read = page.get();
			if (!read.number().equals(number) || read.version() != version) {
				return new Check.Mismatch("page of " + read.number() + " version " + read.version());
			}
			Page other = byIndex.putIfAbsent(read.page(), read);
			if ((other != null) || read.pages() != byIndex.firstEntry().getValue().pages()) {
				return new Check.Mismatch("two different pages " + read.page() + " or page counts");
			}
		}
		return complete(byIndex, digest);
	}

	private static Check complete(TreeMap<Integer, Page> byIndex, ContainerDigest digest) {
		int pages = byIndex.firstEntry().getValue().pages();
		List<Integer> missing = new ArrayList<>();
		List<String> containers = new ArrayList<>();
		for (int page = 1; page <= pages; page++) {
			if (byIndex.containsKey(page)) {
				containers.addAll(byIndex.get(page).containers());
			}
			else {
				missing.add(page);
			}
		}
		if (containers.size() > digest.count()) {
			return new Check.Mismatch("more containers than the " + digest.count() + " signed");
		}
		if (!missing.isEmpty()) {
			return new Check.Incomplete(missing);
		}
		return ContainerDigest.of(containers).equals(digest) ? new Check.Complete(List.copyOf(containers))
				: new Check.Mismatch("the list is not the one signed");
	}

}
