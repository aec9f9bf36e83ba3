/**
 * Debian's Chromium driven by playwright-core: no browser download, flags measured on these machines
 * (TOOLCHAIN.md, env/machines/node.md).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Path of the system Chromium (override with SATATA_CHROMIUM). */
export const CHROMIUM_PATH = process.env.SATATA_CHROMIUM ?? '/usr/bin/chromium';

/** Launch headless Chromium with the flags that work on this closed network (plus `extraArgs`). */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium tidak ditemukan di ${CHROMIUM_PATH}. Pasang dengan: apt-get update && apt-get install -y chromium`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...extraArgs,
    ],
  });
}
