/**
 * Who the region pack's reference data comes from, and under which licence: every page that shows the pack's
 * boundaries, codes or published figures credits them (the dashboard's footer does).
 */
import type { LocalizedText } from '@satata/core';

/** One attribution line of the footer: what, who, licence, and a link to the upstream. */
export interface Attribution {
  readonly what: LocalizedText;
  readonly credit: string;
  readonly licence: string;
  readonly href: string;
}

/**
 * The attribution of the reference data this pack redistributes, for any page that shows it, from the SOURCE.md files of
 * `data/raw/geo` and `data/raw/wilayah`, and of the published macro figures (`data/raw/indikator`).
 */
export const ATTRIBUTIONS: readonly Attribution[] = [
  {
    what: {
      id: 'Batas wilayah kota, kecamatan dan kelurahan (disederhanakan; asal-usul geometri hulu tidak dinyatakan)',
      en: 'City, kecamatan and kelurahan boundaries (simplified; the upstream geometry’s provenance is not stated)',
    },
    credit: '© 2024 Cahya DSN, cahyadsn/wilayah_boundaries',
    licence: 'MIT',
    href: 'https://github.com/cahyadsn/wilayah_boundaries',
  },
  {
    what: {
      id: 'Kode wilayah Kemendagri (Kepmendagri 300.2.2-2138/2025)',
      en: 'Kemendagri region codes (Kepmendagri 300.2.2-2138/2025)',
    },
    credit: 'cahyadsn/wilayah_boundaries',
    licence: 'MIT',
    href: 'https://github.com/cahyadsn/wilayah_boundaries',
  },
  {
    what: {
      id: 'Padanan kode BPS (Master File Desa, 11 Januari 2018)',
      en: 'BPS code crosswalk (Master File Desa, 11 January 2018)',
    },
    credit: 'Badan Pusat Statistik (BPS) Indonesia, via edwardsamuel/Wilayah-Administratif-Indonesia',
    licence: 'ODbL 1.0',
    href: 'https://github.com/edwardsamuel/Wilayah-Administratif-Indonesia',
  },
  {
    what: {
      id: 'Angka makro resmi (IPM, kemiskinan, TPT, …): sumber tercantum pada info tiap IKU',
      en: 'Official macro figures (HDI, poverty, unemployment, …): each KPI’s info panel names its source',
    },
    credit: 'BPS Kota Semarang, Pemerintah Kota Semarang',
    licence: 'publikasi resmi / official publications',
    href: 'https://semarangkota.bps.go.id',
  },
];
