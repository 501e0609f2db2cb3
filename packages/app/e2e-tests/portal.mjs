/*
 * Waiting for a Backstage portal on :3000 and :7007 and driving it in
 * Chromium: shared by the demo's end-to-end test and the adopter test, which
 * start different apps but check them the same way.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Where the app and the backend answer, in the demo and in `create-app` apps. */
export const APP = 'http://localhost:3000';
export const BACKEND = 'http://localhost:7007';

/** True when `url` answers with anything but a server error. */
export async function answers(url) {
  try {
    return (await fetch(url)).status < 500;
  } catch {
    return false;
  }
}

/** Polls `isReady` every 2 s; throws, naming `what`, after `seconds`. */
export async function waitFor(what, isReady, seconds) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await isReady()) return;
    await new Promise(resolve => setTimeout(resolve, 2000));
  }
  throw new Error(`Timed out after ${seconds} s waiting for ${what}`);
}

/** A guest's Backstage token, as the guest sign-in provider issues it. */
export async function guestToken() {
  const refresh = await fetch(`${BACKEND}/api/auth/guest/refresh`);
  if (!refresh.ok) return undefined;
  return (await refresh.json()).backstageIdentity.token;
}

/** True once the latest Lodestar evaluation has succeeded. */
export async function firstEvaluation() {
  const token = await guestToken();
  if (!token) return false;
  const latest = await fetch(`${BACKEND}/api/alignment/evaluations/latest`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return latest.ok && (await latest.json()).status === 'succeeded';
}

/**
 * Debian's Chromium ($CHROMIUM_PATH to override), headless, without the
 * background traffic that a closed network refuses.
 */
export function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
