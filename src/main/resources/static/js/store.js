// IndexedDB, the device's durable memory: it survives a closed tab and a restarted phone.
// Stores: "outbox" (events recorded at the post, by client id) and "kv" (trust list, expected arrivals).
const NAME = 'karvon';
const VERSION = 1;
let opening = null;

function open() {
	if (!opening) {
		opening = new Promise((resolve, reject) => {
			const request = indexedDB.open(NAME, VERSION);
			request.onupgradeneeded = () => {
				const db = request.result;
				db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('queuedAt', 'queuedAt');
				db.createObjectStore('kv');
			};
			request.onsuccess = () => {
				// another tab (or a test) deleting or upgrading the database must not wait for this one
				request.result.onversionchange = () => {
					request.result.close();
					opening = null;
				};
				resolve(request.result);
			};
			request.onerror = () => reject(request.error);
		});
	}
	return opening;
}

async function run(store, mode, work) {
	const db = await open();
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, mode);
		const request = work(tx.objectStore(store));
		tx.oncomplete = () => resolve(request && request.result);
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error);
	});
}

export const get = (key) => run('kv', 'readonly', (s) => s.get(key));
export const put = (key, value) => run('kv', 'readwrite', (s) => s.put(value, key));
export const remove = (key) => run('kv', 'readwrite', (s) => s.delete(key));

/** Queued events, oldest first (the order they were recorded in). */
export const outbox = () => run('outbox', 'readonly', (s) => s.index('queuedAt').getAll());
export const saveEntry = (entry) => run('outbox', 'readwrite', (s) => s.put(entry));
export const deleteEntry = (id) => run('outbox', 'readwrite', (s) => s.delete(id));
