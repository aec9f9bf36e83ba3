/**
 * @satata/semarang — the Kota Semarang region pack: kode wilayah (16 kecamatan, 177 kelurahan, Kemendagri + BPS
 * crosswalk), boundaries as TopoJSON, the illustrative household generator and the bundled sample IKU catalog.
 * @packageDocumentation
 */

export * from './attribution.ts';
export * from './calibration.ts';
export * from './households.ts';
export * from './households-io.ts';
export * from './makro.ts';
export * from './names.ts';
export * from './poverty-aggregate.ts';
export * from './random.ts';
export * from './regions.ts';
export * from './sample.ts';
export * from './topology.ts';
export * from './wilayah.ts';
