/**
 * @satata/publish — the `satata` command as a library: read a city's config, build its static site, serve it.
 * A chosen list; the build's pieces (packs, pages, snapshots, the atomic writer) stay internal.
 * @packageDocumentation
 */

export { type BuildOptions, type BuildResult, build, MANIFEST_VERSION } from './build/build.ts';
export { MicrodataError, SourceError, type SourceProvenance } from './build/sources.ts';
export { main } from './cli.ts';
export {
  ConfigError,
  type ConfigProblem,
  type LoadedConfig,
  loadConfig,
  parseConfig,
} from './config/load.ts';
export { configJsonSchema, SatataConfig, type SatataConfigInput } from './config/schema.ts';
export { SAMPLE_CONFIG } from './sample.ts';
export { contentSecurityPolicy } from './serve/headers.ts';
export { portFromEnv, type ServedSite, type ServeOptions, serveSite } from './serve/serve.ts';
