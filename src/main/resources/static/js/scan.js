// The scan screen: camera and photos decoded on the device, typed text. A code is checked on the
// device against the kept trust list and, when the network is there, by the server as well.
// No image leaves the phone unless the officer presses "send photo to server".
import { api } from './api.js';
import { $, h, clear, showProblem } from './dom.js';
import { t } from './i18n.js';
import { decoder } from './camera.js';
import { trustList } from './trust.js';
import { verifyOnDevice } from './token/verify.js';
import * as arrivals from './arrivals.js';
import * as outboxView from './outbox-view.js';
import * as verdict from './verdict.js';

const NUMBER = /^[0-9]{2}[A-Z]{2}[A-Z0-9]{13}[A-Z0-9]$/;
let context;
let stream = null;
let timer = null;
let busy = false;
let initialized = false;

export function show(ctx) {
	context = ctx;
	if (!initialized) {
		initialized = true;
		$('#scan-camera').addEventListener('click', () => (stream ? stopCamera() : startCamera()));
		$('#scan-frame').addEventListener('click', sendFrame);
		$('#scan-photo').addEventListener('change', readPhoto);
		$('#scan-typed').addEventListener('submit', submitTyped);
	}
	problem(null);
	cameraLabel();
	outboxView.render();
}

export function hide() {
	stopCamera();
}

export function refresh() {
	cameraLabel();
}

function problem(error) {
	showProblem($('#scan-problem'), error);
}

function cameraLabel() {
	const button = $('#scan-camera');
	button.dataset.i18n = stream ? 'scan.stop' : 'scan.start';
	button.textContent = t(button.dataset.i18n);
	$('#scan-frame').hidden = !stream;
}

function status(key) {
	const line = $('#scan-camera-status');
	line.dataset.i18n = key || '';
	line.textContent = key ? t(key) : '';
}

async function startCamera() {
	if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
		return status('scan.cameraUnavailable');
	}
	try {
		stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
	}
	catch {
		stream = null;
		return status('scan.cameraUnavailable');
	}
	const video = $('#scan-video');
	video.srcObject = stream;
	video.hidden = false;
	await video.play();
	cameraLabel();
	status('scan.looking');
	const reader = await decoder($('#scan-canvas')).catch(() => null);
	if (!reader) {
		return status('scan.decoderUnavailable');
	}
	timer = setInterval(() => readFrame(reader, video), 250);
	return undefined;
}

function stopCamera() {
	clearInterval(timer);
	timer = null;
	if (stream) {
		stream.getTracks().forEach((track) => track.stop());
		stream = null;
	}
	const video = $('#scan-video');
	video.srcObject = null;
	video.hidden = true;
	status(null);
	cameraLabel();
}

async function readFrame(reader, video) {
	if (busy || !stream || video.readyState < 2) {
		return;
	}
	busy = true;
	try {
		const text = await reader.decode(video);
		if (text) {
			await check(text);
		}
	}
	catch {
		// a frame the decoder cannot read: try the next one
	}
	finally {
		busy = false;
	}
}

/** The officer's choice: this one frame goes to the server's (stronger) photo decoder. */
async function sendFrame() {
	const video = $('#scan-video');
	if (!stream || video.readyState < 2) {
		return;
	}
	const canvas = $('#scan-canvas');
	canvas.width = video.videoWidth;
	canvas.height = video.videoHeight;
	canvas.getContext('2d').drawImage(video, 0, 0);
	const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
	if (blob) {
		await uploadPhoto(blob);
	}
}

async function readPhoto(event) {
	const file = event.target.files[0];
	event.target.value = '';
	if (!file) {
		return;
	}
	status('scan.busy');
	const reader = await decoder($('#scan-canvas')).catch(() => null);
	const text = reader ? await reader.decode(file).catch(() => null) : null;
	status(null);
	if (text) {
		await check(text);
		return;
	}
	const box = clear($('#scan-problem'));
	box.append(h('p', { i18n: 'scan.noQr' }),
		h('button', { type: 'button', id: 'scan-send-photo', i18n: 'scan.sendPhoto', onClick: () => uploadPhoto(file) }));
}

async function uploadPhoto(image) {
	const body = new FormData();
	body.append('image', image, 'scan.jpg');
	status('scan.busy');
	try {
		present(await api('/api/scans', { method: 'POST', body }));
	}
	catch (error) {
		problem(error.status === 422 ? { problem: { detail: t('scan.noQr') } } : error);
	}
	finally {
		status(null);
	}
}

function submitTyped(event) {
	event.preventDefault();
	const text = event.target.text.value.trim();
	if (!text) {
		return problem({ problem: { detail: t('val.required') } });
	}
	const upper = text.toUpperCase();
	if (NUMBER.test(upper)) {
		return api('/api/scans', { method: 'POST', json: { number: upper } }).then(present, problem);
	}
	return check(text);
}

/** Verifies text on the device, then asks the server; offline, the device's verdict stands alone. */
export async function check(text) {
	const trust = await trustList();
	const device = trust ? { ...(await verifyOnDevice(text, trust.jwks, trust.revoked)), trustListAt: trust.fetchedAt } : null;
	try {
		present({ ...(await api('/api/scans', { method: 'POST', json: { qr: text } })), device, qr: text });
	}
	catch (error) {
		if (error.status !== 0) {
			return problem(error);
		}
		if (!device) {
			return problem({ problem: { detail: t('scan.noTrustList') } });
		}
		const number = device.claims && device.claims.number;
		const kept = number ? await arrivals.find(context.session.me.postCode, number) : null;
		present({ offline: true, verdict: device.verdict, device, kept, qr: text });
	}
	return undefined;
}

function present(result) {
	stopCamera();
	verdict.setResult(result);
	context.navigate('#/verdict');
}
