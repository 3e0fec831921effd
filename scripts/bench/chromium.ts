import { chromium, type Browser } from 'playwright-core';

/*
 * The Chromium the benchmark and the real-browser tests drive: the system's
 * unless CHROMIUM_PATH names another (for example the one Playwright
 * downloads on a developer's machine).
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
