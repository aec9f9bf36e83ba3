/**
 * The Indonesian ECharts locale. ECharts ships none; this mirrors the structure of its own `langEN`
 * (echarts/i18n/langEN.js, ECharts 6.1): `time`, `legend`, `toolbox`, `series.typeNames` and the `aria` sentences
 * screen readers hear. Register it with `echarts.registerLocale('ID', LANG_ID)` (done by `./echarts.ts`).
 */
export const LANG_ID = {
  time: {
    month: [
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ],
    monthAbbr: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dayOfWeek: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
    dayOfWeekAbbr: ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'],
  },
  legend: {
    selector: {
      all: 'Semua',
      inverse: 'Balik',
    },
  },
  toolbox: {
    brush: {
      title: {
        rect: 'Pilih kotak',
        polygon: 'Pilih laso',
        lineX: 'Pilih horizontal',
        lineY: 'Pilih vertikal',
        keep: 'Simpan pilihan',
        clear: 'Hapus pilihan',
      },
    },
    dataView: {
      title: 'Tampilan data',
      lang: ['Tampilan data', 'Tutup', 'Muat ulang'],
    },
    dataZoom: {
      title: {
        zoom: 'Perbesar',
        back: 'Kembalikan ukuran',
      },
    },
    magicType: {
      title: {
        line: 'Ubah ke grafik garis',
        bar: 'Ubah ke grafik batang',
        stack: 'Tumpuk',
        tiled: 'Berdampingan',
      },
    },
    restore: {
      title: 'Pulihkan',
    },
    saveAsImage: {
      title: 'Simpan sebagai gambar',
      lang: ['Klik kanan untuk menyimpan gambar'],
    },
  },
  series: {
    typeNames: {
      pie: 'Diagram lingkaran',
      bar: 'Grafik batang',
      line: 'Grafik garis',
      scatter: 'Diagram pencar',
      effectScatter: 'Diagram pencar beriak',
      radar: 'Diagram radar',
      tree: 'Diagram pohon',
      treemap: 'Peta pohon',
      boxplot: 'Diagram kotak',
      candlestick: 'Diagram lilin',
      k: 'Grafik garis K',
      heatmap: 'Peta panas',
      map: 'Peta',
      parallel: 'Peta koordinat paralel',
      lines: 'Grafik garis',
      graph: 'Grafik hubungan',
      sankey: 'Diagram Sankey',
      funnel: 'Diagram corong',
      gauge: 'Meteran',
      pictorialBar: 'Batang bergambar',
      themeRiver: 'Peta arus tema',
      sunburst: 'Diagram sunburst',
      custom: 'Grafik kustom',
      chart: 'Grafik',
    },
  },
  aria: {
    general: {
      withTitle: 'Ini adalah grafik tentang "{title}"',
      withoutTitle: 'Ini adalah grafik',
    },
    series: {
      single: {
        prefix: '',
        withName: ' berjenis {seriesType} bernama {seriesName}.',
        withoutName: ' berjenis {seriesType}.',
      },
      multiple: {
        prefix: '. Grafik terdiri atas {seriesCount} seri.',
        withName: ' Seri ke-{seriesId} adalah {seriesType} yang menggambarkan {seriesName}.',
        withoutName: ' Seri ke-{seriesId} adalah {seriesType}.',
        separator: {
          middle: '',
          end: '',
        },
      },
    },
    data: {
      allData: 'Datanya sebagai berikut: ',
      partialData: '{displayCnt} data pertama adalah: ',
      withName: 'data untuk {name} adalah {value}',
      withoutName: '{value}',
      separator: {
        middle: ', ',
        end: '. ',
      },
    },
  },
} as const;

/** The name the Indonesian locale is registered under. */
export const LOCALE_ID = 'ID';
