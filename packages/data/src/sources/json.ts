/**
 * JSON sources: an array of row objects, or an object of equally long column arrays (typed arrays accepted when
 * the value is given already parsed, e.g. from a columnar generator).
 */
import type { QualityIssue } from '@satata/core';
import { SchemaError, snippetOf } from '../errors.ts';
import { columnsFromRows, emptyRecord, type RawTable } from '../validate/raw.ts';
import type { DatasetSpec, ValidationContext } from '../validate/spec.ts';
import { validateTable } from '../validate/validate.ts';
import { type DecodedText, decodeText, encodingIssue } from './content.ts';
import type { LoadedTable, Provenance } from './types.ts';

/** JSON reading options. */
export interface JsonOptions {
  /** The bytes' encoding when they are not UTF-8 (used only then); see `CsvOptions.encoding`. */
  readonly encoding?: string;
}

function columnsLayout(value: Record<string, unknown>, source: string): RawTable {
  const names = Object.keys(value);
  const arrays = names.map((n) => value[n]);
  const isColumn = (a: unknown) => Array.isArray(a) || (ArrayBuffer.isView(a) && !(a instanceof DataView));
  const bad = names.filter((_, j) => !isColumn(arrays[j]));
  if (bad.length > 0) throw new SchemaError(`objek kolom berisi larik; bukan larik: ${bad.join(', ')}`);
  const lengths = arrays.map((a) => (a as unknown[]).length);
  const length = Math.max(0, ...lengths);
  const sourceIssues: QualityIssue[] = [];
  names.forEach((n, j) => {
    if (lengths[j]! < length) {
      for (let i = lengths[j]!; i < length; i++) {
        sourceIssues.push({
          code: 'source',
          severity: 'error',
          source,
          row: i,
          field: n,
          value: null,
          expected: `kolom ${n} sepanjang ${length} baris (panjangnya ${lengths[j]})`,
        });
      }
    }
  });
  const columns = emptyRecord<unknown[]>();
  names.forEach((n, j) => {
    columns[n] = arrays[j] as unknown[];
  });
  return { length, names, columns, sourceIssues };
}

/**
 * Load JSON (text, bytes — UTF-8 or the declared `encoding` — or an already parsed value): an array of rows, or an
 * object of columns. A leading BOM is skipped. Throws
 * {@link SchemaError} with a snippet when the text is not JSON or has neither layout.
 */
export function loadJson(
  input: string | Uint8Array | unknown,
  dataset: DatasetSpec,
  options: JsonOptions & { ctx?: ValidationContext; provenance?: Provenance } = {},
): LoadedTable {
  let value: unknown = input;
  let decoded: DecodedText | null = null;
  if (typeof input === 'string' || input instanceof Uint8Array) {
    decoded = input instanceof Uint8Array ? decodeText(input, options.encoding) : null;
    const received = decoded ? decoded.text : (input as string);
    const text = received.charCodeAt(0) === 0xfeff ? received.slice(1) : received;
    try {
      value = JSON.parse(text);
    } catch (cause) {
      throw new SchemaError('JSON yang sah', {
        cause,
        response: { snippet: snippetOf(text) },
        ...(options.provenance?.url ? { request: { url: options.provenance.url, method: 'GET' } } : {}),
      });
    }
  }
  let raw: RawTable;
  let layout: 'rows' | 'columns';
  if (Array.isArray(value)) {
    raw = columnsFromRows(
      value,
      dataset.id,
      dataset.columns?.map((c) => c.name),
    );
    layout = 'rows';
  } else if (value !== null && typeof value === 'object') {
    raw = columnsLayout(value as Record<string, unknown>, dataset.id);
    layout = 'columns';
  } else {
    throw new SchemaError('larik baris atau objek kolom', {
      response: { snippet: snippetOf(JSON.stringify(value)) },
    });
  }
  const badBytes = decoded ? encodingIssue(dataset.id, decoded) : null;
  if (badBytes) raw = { ...raw, sourceIssues: [badBytes, ...raw.sourceIssues] };
  const { table, report } = validateTable(raw, dataset, options.ctx);
  return {
    table,
    report,
    meta: {
      kind: 'json',
      dataset: dataset.id,
      ...options.provenance,
      ...(decoded ? { encoding: decoded.encoding } : {}),
      columns: table.columnNames(),
      inputRows: raw.length,
      json: { layout },
    },
  };
}
