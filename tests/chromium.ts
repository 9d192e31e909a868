/**
 * The system Chromium (Debian's `chromium`) and the flags it needs on our
 * machines: without the background-networking flags it keeps dialling hosts a
 * closed network refuses. Shared by the end-to-end tests and the bench.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
