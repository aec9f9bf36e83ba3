/**
 * `satata.config.json`: what a city publishes and from where. One zod schema is the truth; the JSON Schema for
 * editors (`satata.config.schema.json`, committed) is generated from it (`pnpm --filter @satata/publish schema`)
 * and a test checks the committed file is current. Paths are relative to the config file.
 */
import { z } from 'zod';

/** Observation fields a source column can be mapped to (core's `Observation`). */
export const OBSERVATION_FIELDS = [
  'indikator',
  'wilayah',
  'periode',
  'nilai',
  'numerator',
  'denominator',
  'status',
  'sumber',
  'diperbarui',
  'seri',
  'catatan',
  'ilustratif',
] as const;

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'huruf kecil, angka dan tanda hubung (mis. "makro-bps")')
  .describe('A short name of the source, used in messages, provenance and the quality report.');

const HttpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//.test(u), 'alamat http:// atau https://');

const Columns = z
  .partialRecord(z.enum(OBSERVATION_FIELDS), z.string().min(1))
  .describe(
    'Column mapping: observation field → the column of this source that holds it (fields not named are read from a column of the same name).',
  );

const Common = {
  id: Id,
  columns: Columns.optional(),
  numberFormat: z
    .enum(['id', 'en'])
    .optional()
    .describe('How numbers written as text are read: "id" (1.234,5) or "en" (1,234.5). Default: per column.'),
  nullValues: z.array(z.string()).optional().describe('Texts that mean "missing" (e.g. "-").'),
};

const Location = {
  path: z.string().min(1).optional().describe('A file, relative to this config.'),
  url: HttpUrl.optional().describe('A URL (http or https).'),
};

const oneLocation = (s: { path?: string | undefined; url?: string | undefined }, ctx: z.RefinementCtx) => {
  if ((s.path === undefined) === (s.url === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['path'], message: 'isi tepat satu dari "path" atau "url"' });
  }
};

/** A CSV, JSON or Arrow IPC file, local or by URL. */
const FileSource = z
  .object({
    ...Common,
    kind: z.enum(['csv', 'json', 'arrow']),
    ...Location,
    rows: z
      .string()
      .min(1)
      .optional()
      .describe('JSON only: the property of the top-level object that holds the rows (e.g. "observasi").'),
  })
  .strict()
  .superRefine(oneLocation);

/** A CKAN DataStore resource, read page by page with datastore_search. */
const CkanDatastoreSource = z
  .object({
    ...Common,
    kind: z.literal('ckan-datastore'),
    portal: HttpUrl.describe("The CKAN portal's root, e.g. https://satudata.semarangkota.go.id"),
    resource: z.string().min(1).describe('The resource id.'),
    filters: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    pageSize: z.number().int().min(1).max(32000).optional().describe('Records per page (default 1000).'),
  })
  .strict();

/** A file attached to a CKAN resource (resource_show gives its URL). */
const CkanResourceSource = z
  .object({
    ...Common,
    kind: z.literal('ckan-resource'),
    portal: HttpUrl,
    resource: z.string().min(1).describe('The resource id.'),
    format: z.enum(['csv', 'json', 'arrow']),
    rows: z.string().min(1).optional(),
  })
  .strict();

/** One observation source. */
export const SourceConfig = z.discriminatedUnion('kind', [
  FileSource,
  CkanDatastoreSource,
  CkanResourceSource,
]);
/** One observation source. */
export type SourceConfig = z.infer<typeof SourceConfig>;

/** Where the catalog comes from: a JSON file (path or URL) or a CKAN resource holding it. */
const CatalogSource = z.union([
  z
    .object({ kind: z.literal('json'), ...Location })
    .strict()
    .superRefine(oneLocation),
  z.object({ kind: z.literal('ckan-resource'), portal: HttpUrl, resource: z.string().min(1) }).strict(),
]);

/** A duration such as `30m`, `1h`, `1d`. */
export const Duration = z
  .string()
  .regex(/^\d+(?:s|m|h|d)$/, 'durasi seperti "30m", "1h" atau "1d"')
  .describe('A duration: a number and s, m, h or d.');

/** Milliseconds of a {@link Duration}. */
export function durationMs(text: string): number {
  const m = /^(\d+)(s|m|h|d)$/.exec(text);
  if (!m) throw new RangeError(`durasi tidak dikenal: ${JSON.stringify(text)}`);
  return Number(m[1]) * { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 's' | 'm' | 'h' | 'd'];
}

/** A CSP `frame-ancestors` source expression. */
const FrameAncestor = z
  .string()
  .regex(
    /^(?:'self'|'none'|https?:\/\/[A-Za-z0-9.-]+(?::(?:\d+|\*))?|https?:\/\/\*\.[A-Za-z0-9.-]+)$/,
    "'self', 'none' atau asal seperti https://opd.semarangkota.go.id atau http://127.0.0.1:*",
  );

/** The whole `satata.config.json`. */
export const SatataConfig = z
  .object({
    $schema: z.string().optional(),
    title: z.string().min(1).optional().describe("The site's name; default the catalog's region name."),
    region: z.enum(['semarang']).describe('The region pack: its codes, names and boundaries.'),
    catalog: CatalogSource.describe('The IKU catalog (core Catalog JSON).'),
    observations: z.array(SourceConfig).min(1).describe('Where the observations come from.'),
    maps: z
      .array(
        z
          .object({
            indikator: z.string().min(1),
            sources: z.array(Id).min(1).optional().describe('Observation sources to read (default: all).'),
          })
          .strict(),
      )
      .default([])
      .describe(
        'Indicators drawn on the region map, from open kelurahan aggregates (small cells already suppressed).',
      ),
    locales: z
      .array(z.enum(['id', 'en']))
      .min(1)
      .default(['id', 'en'])
      .describe('Locales written; the first is the default.'),
    baseUrl: HttpUrl.optional().describe(
      "The site's public address (for links in snapshots); default relative links.",
    ),
    frameAncestors: z
      .array(FrameAncestor)
      .min(1)
      .default(["'self'"])
      .describe('Origins allowed to frame the pages (CSP frame-ancestors).'),
    freshness: z
      .object({
        every: Duration.optional().describe(
          'Rebuild this often with `satata build --every` (no value given).',
        ),
        lagMonths: z
          .number()
          .int()
          .min(0)
          .max(24)
          .optional()
          .describe('Publication lag for the stale rule (default by frequency).'),
      })
      .strict()
      .default({}),
    fetch: z
      .object({
        timeoutMs: z.number().int().min(100).max(600_000).default(30_000),
        retries: z.number().int().min(0).max(10).default(3),
      })
      .strict()
      .default({ timeoutMs: 30_000, retries: 3 }),
    privacy: z
      .object({
        smallCellThreshold: z
          .number()
          .int()
          .min(1)
          .optional()
          .describe(
            'Counts below this (and above 0) must be suppressed (default core DEFAULT_SMALL_CELL_THRESHOLD).',
          ),
        personalFields: z
          .array(z.string().min(1))
          .optional()
          .describe('More column names that hold personal data (added to the built-in list).'),
      })
      .strict()
      .default({}),
    output: z.string().min(1).describe('The site folder, relative to this config.'),
    cache: z.string().min(1).optional().describe('The download cache folder (default: beside the output).'),
  })
  .strict()
  .superRefine((c, ctx) => {
    const ids = new Set<string>();
    c.observations.forEach((s, i) => {
      if (ids.has(s.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['observations', i, 'id'],
          message: `id "${s.id}" sudah dipakai`,
        });
      }
      ids.add(s.id);
    });
    c.maps.forEach((m, i) => {
      m.sources?.forEach((s, j) => {
        if (!ids.has(s)) {
          ctx.addIssue({
            code: 'custom',
            path: ['maps', i, 'sources', j],
            message: `id sumber observasi yang ada (${[...ids].join(', ')})`,
          });
        }
      });
    });
  });
/** The whole `satata.config.json`, defaults applied. */
export type SatataConfig = z.infer<typeof SatataConfig>;
/** The config as written (defaults not applied). */
export type SatataConfigInput = z.input<typeof SatataConfig>;

/** The JSON Schema of the config, for editors (`$schema`). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(SatataConfig, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return {
    ...schema,
    title: 'satata.config.json',
    description: "A city's publish config for `satata build` (packages/publish).",
  };
}
