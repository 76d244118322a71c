package org.karvon.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.karvon.signing.ContainerDigest;
import org.karvon.signing.ContainerListPages;
import org.karvon.signing.QrClaims;

/**
 * What scanned list pages ({@code KVL1:} codes) say about the container and wagon list a genuine QR
 * token commits to by its count and digest. The whole list is checked against the signed digest once
 * every page is there. Before that, each page is compared with its part of the list Karvon holds —
 * but only when that list is the one signed (its digest is the token's), so a page is never judged
 * by anything but the signature.
 *
 * @param verdict for the pages together
 * @param pages one entry per distinct page code, in the order sent
 * @param missing page indexes not yet scanned
 */
public record ListPageReport(Result verdict, List<PageResult> pages, List<Integer> missing) {

	/** The verdict for the pages together. */
	public enum Result {
		/** Every page scanned, and together they are exactly the signed list. */
		COMPLETE,
		/** Every page scanned matches its part of the signed list; some pages are still missing. */
		PAGES_MATCH,
		/** The pages agree with the token's consignment and version, but can only be judged with all pages. */
		INCOMPLETE,
		/** A page belongs to another consignment or another version of this one. */
		OTHER_CONSIGNMENT,
		/** A page's numbers are not the signed list's. */
		TAMPERED,
		/** Not a list page code, or too many codes. */
		MALFORMED,
		/** The consignment's own code did not verify: there is nothing to check the pages against. */
		UNVERIFIED_TOKEN
	}

	/** The report for pages checked against a code that is not genuine. */
	public static ListPageReport unverifiedToken() {
		return new ListPageReport(Result.UNVERIFIED_TOKEN, List.of(), List.of());
	}

	/** One page: its index, the page count it claims, how many numbers it carries, its own verdict. */
	public record PageResult(int page, int pages, int numbers, PageVerdict verdict) {
	}

	public enum PageVerdict {
		MATCHES, TAMPERED, OTHER_CONSIGNMENT, MALFORMED, UNCHECKED
	}

	/**
	 * @param signed the claims of a genuine token
	 * @param held the list Karvon holds for that consignment version, if any
	 * @param codes the scanned page codes, any order, repeats allowed
	 */
	public static ListPageReport of(QrClaims signed, Optional<List<String>> held, List<String> codes) {
		ContainerDigest digest = signed.containerDigest();
		Optional<List<String>> reference = held.filter((list) -> ContainerDigest.of(list).equals(digest));
		List<PageResult> pages = new ArrayList<>();
		for (String code : codes.stream().distinct().limit(ContainerListPages.MAX_PAGES_READ).toList()) {
			pages.add(page(signed, reference, code));
		}
		ContainerListPages.Check check = ContainerListPages.verify(signed, codes);
		if (check instanceof ContainerListPages.Check.Incomplete incomplete) {
			return new ListPageReport(incomplete(pages), pages, incomplete.missing());
		}
		if (check instanceof ContainerListPages.Check.Mismatch) {
			return new ListPageReport(mismatch(pages), pages, List.of());
		}
		return new ListPageReport(check instanceof ContainerListPages.Check.Complete ? Result.COMPLETE : Result.MALFORMED,
				pages, List.of());
	}

	private static PageResult page(QrClaims signed, Optional<List<String>> reference, String code) {
		Optional<ContainerListPages.Page> parsed = ContainerListPages.parse(code);
		if (parsed.isEmpty()) {
			return new PageResult(0, 0, 0, PageVerdict.MALFORMED);
		}
		ContainerListPages.Page page = parsed.get();
		PageVerdict verdict;
		if (!page.number().equals(signed.number()) || page.version() != signed.version()) {
			verdict = PageVerdict.OTHER_CONSIGNMENT;
		}
		else {
			verdict = reference.map((list) -> matches(list, page) ? PageVerdict.MATCHES : PageVerdict.TAMPERED)
				.orElse(PageVerdict.UNCHECKED);
		}
		return new PageResult(page.page(), page.pages(), page.containers().size(), verdict);
	}

	private static boolean matches(List<String> list, ContainerListPages.Page page) {
		List<String> expected = ContainerListPages.pages(page.number(), page.version(), list);
		return page.pages() == expected.size() && ContainerListPages.parse(expected.get(page.page() - 1))
			.map((part) -> part.containers().equals(page.containers()))
			.orElse(false);
	}

	private static Result mismatch(List<PageResult> pages) {
		return pages.stream().anyMatch((page) -> page.verdict() == PageVerdict.OTHER_CONSIGNMENT)
				? Result.OTHER_CONSIGNMENT : Result.TAMPERED;
	}

	private static Result incomplete(List<PageResult> pages) {
		if (pages.stream().anyMatch((page) -> page.verdict() == PageVerdict.TAMPERED)) {
			return Result.TAMPERED;
		}
		return pages.stream().allMatch((page) -> page.verdict() == PageVerdict.MATCHES) ? Result.PAGES_MATCH
				: Result.INCOMPLETE;
	}

}
