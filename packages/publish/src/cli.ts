/**
 * The `satata` command.
 *
 *   satata build [config]            build the site (default config: the bundled Semarang sample)
 *   satata build [config] --every 1h build now, then again every hour
 *   satata serve [dir]               serve a built site on 127.0.0.1 (PORT, default 4173)
 *   satata start [config]            build, then serve the output
 *   satata schema                    print the config's JSON Schema
 *
 * Errors are printed as sentences naming the source or the config field; the exit code is 1.
 */
import { resolve } from 'node:path';
import { build } from './build/build.ts';
import { ConfigError, loadConfig } from './config/load.ts';
import { configJsonSchema, durationMs } from './config/schema.ts';
import { SAMPLE_CONFIG } from './sample.ts';
import { every } from './schedule/every.ts';
import { portFromEnv, serveSite } from './serve/serve.ts';

/** Parse `--every <duration>` out of the arguments. */
function takeEvery(args: string[]): string | null {
  const i = args.indexOf('--every');
  if (i < 0) return null;
  const v = args[i + 1];
  if (!v) throw new Error('--every memerlukan durasi, mis. --every 1h');
  args.splice(i, 2);
  durationMs(v);
  return v;
}

async function buildOnce(config: string): Promise<void> {
  const r = await build(config, { log: (l) => console.log(l) });
  console.log(
    `situs dibangun: ${r.output} (${r.files} berkas, build ${r.id}) dalam ${(r.ms / 1000).toFixed(1)} s; permintaan: ${r.requests.downloaded} diunduh, ${r.requests.revalidated} tidak berubah (304)`,
  );
}

/** Run the command with `argv` (without node and the script). Resolves with the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const command = args.shift() ?? 'help';
  try {
    if (command === 'build' || command === 'start') {
      const interval = takeEvery(args);
      const config = resolve(args[0] ?? SAMPLE_CONFIG);
      await buildOnce(config);
      if (command === 'start') {
        const { output } = loadConfig(config);
        const { url } = await serveSite(output, { port: portFromEnv(process.env.PORT), config });
        console.log(`Satata: ${url}`);
      }
      if (interval) {
        console.log(`membangun ulang setiap ${interval}`);
        // The previous site stays live when a rebuild fails: say why and try again next time.
        every(
          durationMs(interval),
          () => buildOnce(config),
          (e) => console.error(e instanceof Error ? e.message : String(e)),
        );
        await new Promise<never>(() => {});
      }
      return 0;
    }
    if (command === 'serve') {
      const dir = resolve(args[0] ?? loadConfig(SAMPLE_CONFIG).output);
      const { url } = await serveSite(dir, { port: portFromEnv(process.env.PORT) });
      console.log(`Satata: ${url}`);
      await new Promise<never>(() => {});
    }
    if (command === 'schema') {
      console.log(JSON.stringify(configJsonSchema(), null, 2));
      return 0;
    }
    console.log(
      'satata build [config] [--every 1h] | satata serve [dir] | satata start [config] | satata schema',
    );
    return command === 'help' || command === '--help' ? 0 : 1;
  } catch (e) {
    if (e instanceof ConfigError) console.error(e.message);
    else console.error(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    return 1;
  }
}
