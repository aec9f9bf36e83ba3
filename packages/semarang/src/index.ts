/**
 * @satata/semarang — the Kota Semarang region pack: kode wilayah (16 kecamatan, 177 kelurahan, Kemendagri + BPS
 * crosswalk), name aliases, boundaries as TopoJSON, the attribution of its reference data, the illustrative
 * household generator and its open poverty aggregate, and the bundled sample IKU catalog. A chosen list.
 * @packageDocumentation
 */

export { ATTRIBUTIONS, type Attribution } from './attribution.ts';
export {
  type CalibrationBasis,
  type CalibrationValue,
  povertyLineFor,
  povertyRateFor,
} from './calibration.ts';
export {
  concatHouseholds,
  EDUCATION_LEVELS,
  generateHouseholds,
  type HouseholdColumns,
  type HouseholdOptions,
} from './households.ts';
export {
  HOUSEHOLD_FIELDS,
  type HouseholdTableOptions,
  householdCodes,
  householdsFromArrow,
  householdsToArrow,
  householdsToCsv,
  householdsToTable,
} from './households-io.ts';
export { MAKRO_ROWS, type MakroRow, makroSeries } from './makro.ts';
export {
  type AliasSource,
  duplicateRegionNames,
  type NameResolution,
  normalizeRegionName,
  REGION_ALIASES,
  type RegionAlias,
  type ResolveNameOptions,
  resolveRegionName,
} from './names.ts';
export {
  loadPovertyAggregate,
  POVERTY_MEASURES,
  type PovertyAggregate,
  type PovertyAggregateRow,
} from './poverty-aggregate.ts';
export { createRng, mixSeed, type Rng } from './random.ts';
export {
  bpsFromKemendagri,
  childrenOf,
  getRegion,
  kemendagriFromBps,
  parentOf,
  type RegionIndex,
  regionByCode,
  regionIndex,
  regionsAt,
  UnknownRegionError,
  wilayahRow,
} from './regions.ts';
export { sampleCatalog, sampleObservations } from './sample.ts';
export {
  BOUNDARY_ATTRIBUTION,
  type BoundaryFeature,
  type BoundaryLevel,
  type BoundaryProperties,
  featuresFromTopology,
  featuresOf,
  loadTopology,
  type SemarangTopology,
} from './topology.ts';
export {
  KECAMATAN,
  KELURAHAN,
  KELURAHAN_CODES,
  KELURAHAN_ROWS,
  KODE_KOTA,
  REGIONS,
  WILAYAH_ROWS,
  type WilayahRow,
} from './wilayah.ts';
