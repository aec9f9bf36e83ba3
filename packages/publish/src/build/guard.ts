/**
 * The micro-data guard: personal data never leaves the trusted side. Before anything is written, every table the
 * site would publish is checked — no column that holds personal fields (NIK, names, addresses …, plus the config's
 * own list), and no count below the small-cell threshold (default 10) that is not marked suppressed (`ditekan`) in
 * an open aggregate a map draws. A table that fails is refused with a {@link MicrodataError} naming it, the row and
 * the field; the build then writes nothing.
 */
import {
  DEFAULT_SMALL_CELL_THRESHOLD,
  type IndicatorResult,
  isSuppressed,
  levelOfCode,
  type Observation,
} from '@satata/core';
import { MicrodataError, personalColumns } from './sources.ts';

/** Options of the guard (the config's `privacy`). */
export interface GuardOptions {
  readonly smallCellThreshold?: number | undefined;
  readonly personalFields?: readonly string[] | undefined;
}

/** Refuse a table of row objects that has a personal column. */
export function guardRows(table: string, rows: readonly object[], options: GuardOptions = {}): void {
  const keys = new Set<string>();
  for (const row of rows) for (const k of Object.keys(row)) keys.add(k);
  const personal = personalColumns([...keys], options.personalFields);
  if (personal.length > 0) {
    throw new MicrodataError(
      table,
      `tabel memuat kolom data pribadi (${personal.join(', ')}): mikrodata tidak pernah diterbitkan`,
    );
  }
}

/**
 * Refuse an open aggregate (observations a map draws) with a count below the threshold that is not suppressed:
 * below kecamatan level, a numerator or denominator in 1 … threshold − 1 must come as `status: "ditekan"` with its
 * numbers withheld.
 */
export function guardAggregate(
  table: string,
  rows: readonly Observation[],
  options: GuardOptions = {},
): void {
  guardRows(table, rows, options);
  const threshold = options.smallCellThreshold ?? DEFAULT_SMALL_CELL_THRESHOLD;
  rows.forEach((o, row) => {
    if (o.status === 'ditekan' || levelOfCode(o.wilayah) !== 'kelurahan') return;
    for (const field of ['numerator', 'denominator'] as const) {
      const v = o[field];
      if (typeof v === 'number' && v > 0 && v < threshold) {
        throw new MicrodataError(
          table,
          `baris ${row + 1} (${o.wilayah}, ${o.periode}), kolom ${field}: ${v} di bawah ambang sel kecil ${threshold}; diharapkan sel ditekan (status "ditekan", angka dikosongkan)`,
        );
      }
    }
  });
}

/**
 * Refuse result rows that mark a cell suppressed but still carry one of its numbers: a suppressed cell is published
 * as "ditekan", with its value, numerator and denominator empty, in every file.
 */
export function guardSuppressed(table: string, rows: readonly IndicatorResult[]): void {
  rows.forEach((r, row) => {
    if (!isSuppressed(r)) return;
    for (const field of ['realisasi', 'numerator', 'denominator'] as const) {
      if (r[field] !== null && r[field] !== undefined) {
        throw new MicrodataError(
          table,
          `baris ${row + 1} (${r.wilayah}, ${r.periode}), kolom ${field}: sel ditekan memuat angka ${String(r[field])}; diharapkan kosong`,
        );
      }
    }
  });
}
