/** Write `satata.config.schema.json` from the zod schema (`npx tsx packages/publish/scripts/write-schema.ts`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configJsonSchema } from '../src/config/schema.ts';

writeFileSync(
  join(import.meta.dirname, '..', 'satata.config.schema.json'),
  `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
);
