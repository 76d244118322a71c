// Names of the registry's countries and posts in the UI language, from Karvon's own bundles
// (i18n/names/<lang>.json). Never Intl.DisplayNames: browsers have no names for tk, ky, az and others.
let names = { countries: {}, posts: {} };

/** Loads the names for a language; i18n.setLanguage awaits this before anything is drawn. */
export async function loadNames(language) {
	const response = await fetch(`/i18n/names/${language}.json`, { cache: 'no-cache' });
	const bundle = response.ok ? await response.json() : {};
	names = { countries: bundle.countries || {}, posts: bundle.posts || {} };
}

/** The country's name, or its code when the bundle has none (a country added to the registry later). */
export function countryName(code) {
	return (code && names.countries[code]) || code || '';
}

export function postName(code) {
	return (code && names.posts[code]) || code || '';
}

/** "Yallama (UZYAL)": the name to read, the code to compare with paperwork. */
export function postLabel(code) {
	const name = code && names.posts[code];
	return name ? `${name} (${code})` : code || '';
}
