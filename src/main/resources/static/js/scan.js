// The scan screen: camera (BarcodeDetector, else JPEG frames to the server ~1/s), photo, typed text.
import { api } from './api.js';
import { $, showProblem } from './dom.js';
import { t } from './i18n.js';
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
		$('#scan-photo').addEventListener('change', uploadPhoto);
		$('#scan-typed').addEventListener('submit', submitTyped);
	}
	showProblem($('#scan-problem'), null);
	cameraLabel();
}

export function hide() {
	stopCamera();
}

export function refresh() {
	cameraLabel();
}

function cameraLabel() {
	const button = $('#scan-camera');
	button.dataset.i18n = stream ? 'scan.stop' : 'scan.start';
	button.textContent = t(button.dataset.i18n);
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
	const detector = await barcodeDetector();
	timer = detector ? setInterval(() => detectLocally(detector, video), 250) : setInterval(() => sendFrame(video), 1000);
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

async function barcodeDetector() {
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

async function detectLocally(detector, video) {
	if (busy || video.readyState < 2) {
		return;
	}
	busy = true;
	try {
		const codes = await detector.detect(video);
		if (codes.length) {
			await check({ json: { qr: codes[0].rawValue } });
		}
	}
	catch {
		// a frame the detector cannot read: try the next one
	}
	finally {
		busy = false;
	}
}

async function sendFrame(video) {
	if (busy || video.readyState < 2) {
		return;
	}
	busy = true;
	const canvas = $('#scan-canvas');
	canvas.width = video.videoWidth;
	canvas.height = video.videoHeight;
	canvas.getContext('2d').drawImage(video, 0, 0);
	const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.8));
	try {
		if (blob) {
			await check({ image: blob, quietWhenUnreadable: true });
		}
	}
	finally {
		busy = false;
	}
}

async function uploadPhoto(event) {
	const file = event.target.files[0];
	event.target.value = '';
	if (file) {
		status('scan.busy');
		await check({ image: file });
		status(null);
	}
}

function submitTyped(event) {
	event.preventDefault();
	const text = event.target.text.value.trim();
	if (!text) {
		return showProblem($('#scan-problem'), { problem: { detail: t('val.required') } });
	}
	const upper = text.toUpperCase();
	return check({ json: NUMBER.test(upper) ? { number: upper } : { qr: text } });
}

async function check({ json, image, quietWhenUnreadable = false }) {
	let body;
	if (image) {
		body = new FormData();
		body.append('image', image, 'scan.jpg');
	}
	try {
		const result = await api('/api/scans', { method: 'POST', json, body });
		stopCamera();
		verdict.setResult(result);
		context.navigate('#/verdict');
	}
	catch (error) {
		if (error.status === 422) {
			if (!quietWhenUnreadable) {
				showProblem($('#scan-problem'), { problem: { detail: t('scan.noQr') } });
			}
			return;
		}
		showProblem($('#scan-problem'), error);
	}
}
