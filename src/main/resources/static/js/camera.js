// Decodes QR codes on the device: the browser's BarcodeDetector where it has one, else ZXing-C++
// compiled to WebAssembly (vendor/zxing-wasm, MIT). Nothing here sends an image anywhere.
const VENDOR = '/vendor/zxing-wasm/reader/';
const OPTIONS = { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 };
let zxing = null;

async function nativeDetector() {
	if (!('BarcodeDetector' in window)) {
		return null;
	}
	try {
		const formats = await window.BarcodeDetector.getSupportedFormats();
		return formats.includes('qr_code') ? new window.BarcodeDetector({ formats: ['qr_code'] }) : null;
	}
	catch {
		return null;
	}
}

async function wasmReader() {
	if (!zxing) {
		zxing = import(`${VENDOR}index.js`).then(async (module) => {
			await module.prepareZXingModule({ overrides: { locateFile: (path) => `${VENDOR}${path}` }, fireImmediately: true });
			return module;
		});
	}
	return zxing;
}

function pixels(source, canvas) {
	const width = source.videoWidth || source.naturalWidth || source.width;
	const height = source.videoHeight || source.naturalHeight || source.height;
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	context.drawImage(source, 0, 0);
	return context.getImageData(0, 0, width, height);
}

/** A decoder with decode(video | Blob) → the QR text or null. */
export async function decoder(canvas) {
	const native = await nativeDetector();
	if (native) {
		return {
			decode: async (source) => {
				const image = source instanceof Blob ? await createImageBitmap(source) : source;
				const codes = await native.detect(image);
				return codes.length ? codes[0].rawValue : null;
			},
		};
	}
	const reader = await wasmReader();
	return {
		decode: async (source) => {
			const input = source instanceof Blob ? source : pixels(source, canvas);
			const results = await reader.readBarcodes(input, OPTIONS);
			const found = results.find((result) => result.isValid && result.text);
			return found ? found.text : null;
		},
	};
}
