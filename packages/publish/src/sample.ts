/** The bundled Kota Semarang sample's config (`packages/semarang/satata.config.json`). */
import { resolve } from 'node:path';

/** Path of the sample config. */
export const SAMPLE_CONFIG = resolve(import.meta.dirname, '..', '..', 'semarang', 'satata.config.json');
