// Check digits of transport equipment, the same rules as the server's ContainerNumber and wagon check:
// ISO 6346 for containers (MrnCheck), UIC (Luhn) for 12-digit rail wagon numbers. No DOM here.

/** ISO 6346 letter values: A=10 upward, skipping the multiples of 11 (A10 B12 … K21 L23 … Z38). */
const LETTER_VALUES = (() => {
	const values = {};
	let next = 10;
	for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
		values[letter] = next++;
		if (next % 11 === 0) {
			next++;
		}
	}
	return values;
})();

/** The ISO 6346 check digit of payload (A-Z, 0-9): Σ value·2^i mod 11, 10 becoming 0. */
export function iso6346CheckDigit(payload) {
	let sum = 0;
	[...payload].forEach((c, i) => {
		sum += (c >= '0' && c <= '9' ? Number(c) : LETTER_VALUES[c]) * 2 ** i;
	});
	return String(sum % 11 % 10);
}

/** The UIC check digit of 11 digits: Luhn, weights 2,1,2,… from the left, digit sums, up to the next ten. */
export function uicCheckDigit(digits) {
	let sum = 0;
	[...digits].forEach((c, i) => {
		const product = Number(c) * (i % 2 === 0 ? 2 : 1);
		sum += Math.floor(product / 10) + (product % 10);
	});
	return String((10 - (sum % 10)) % 10);
}

/**
 * The verdict on one container number (spaces ignored, case folded): { value, ok, problem, params },
 * problem being a message key (check.*) when not ok.
 */
export function checkContainer(raw) {
	const value = String(raw).toUpperCase().replace(/[\s-]/g, '');
	if (value.length !== 11) {
		return { value, ok: false, problem: 'check.containerLength', params: { length: value.length } };
	}
	if (!/^[A-Z]{3}[UJZ]\d{7}$/.test(value)) {
		return { value, ok: false, problem: 'check.containerFormat', params: {} };
	}
	const expected = iso6346CheckDigit(value.slice(0, 10));
	return value[10] === expected ? { value, ok: true }
		: { value, ok: false, problem: 'check.digit', params: { expected, actual: value[10] } };
}

/** The verdict on one UIC wagon number: 12 digits (spaces and dashes ignored), the last the check digit. */
export function checkWagon(raw) {
	const value = String(raw).replace(/[\s-]/g, '');
	if (!/^\d{12}$/.test(value)) {
		return { value, ok: false, problem: 'check.wagonFormat', params: { length: value.length } };
	}
	const expected = uicCheckDigit(value.slice(0, 11));
	return value[11] === expected ? { value, ok: true }
		: { value, ok: false, problem: 'check.digit', params: { expected, actual: value[11] } };
}

/** Splits pasted text into entries: one per line, or separated by commas, semicolons or tabs. */
export function entries(text) {
	return String(text || '').split(/[\n\r,;\t]+/).map((s) => s.trim()).filter(Boolean);
}

/**
 * Every entry of a pasted list with its verdict; a repeated number is flagged as a duplicate of the
 * first line that has it. Containers may also be separated by single spaces ("CSQU3054383 MSKU…"),
 * wagons not (their numbers are written with spaces: "21 81 2471 217-3").
 */
export function checkList(text, kind) {
	const check = kind === 'wagon' ? checkWagon : checkContainer;
	let items = entries(text);
	if (kind !== 'wagon') {
		items = items.flatMap((item) => splitContainers(item));
	}
	const firstLine = new Map();
	return items.map((raw, index) => {
		const verdict = { raw, line: index + 1, ...check(raw) };
		if (verdict.ok && firstLine.has(verdict.value)) {
			return { ...verdict, ok: false, problem: 'check.duplicate', params: { line: firstLine.get(verdict.value) } };
		}
		if (verdict.ok) {
			firstLine.set(verdict.value, verdict.line);
		}
		return verdict;
	});
}

/** "CSQU3054383 MSKU1234565" is two numbers; "CSQU 305438 3" is one (the owner code starts each). */
function splitContainers(item) {
	return item.split(/\s+(?=[A-Za-z]{4})/).filter(Boolean);
}
