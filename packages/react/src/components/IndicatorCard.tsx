import type { CardViewModel } from '@satata/core';
import { type ReactNode, useId, useRef, useState } from 'react';
import { useSatata } from '../context.tsx';
import { CategoryBadge } from './category.tsx';
import { InfoIcon } from './icons.tsx';
import { RejectedRowsNotice } from './RejectedRows.tsx';
import { IllustrativeBadge, StaleBadge } from './states.tsx';

/** Props of {@link IndicatorCardView}. */
export interface IndicatorCardViewProps {
  readonly model: CardViewModel;
  /** `compact`: value, capaian, category, change and freshness; `full` (default) adds sparkline and progress. */
  readonly size?: 'compact' | 'full';
  /** Heading level of the indicator name (default 3). */
  readonly headingLevel?: 2 | 3 | 4;
  /** Open the info panel initially. */
  readonly defaultInfoOpen?: boolean;
  /** The sparkline element (full size only); the connected `IndicatorCard` passes one. */
  readonly sparkline?: ReactNode;
}

const ARROWS = { up: '▲', down: '▼', flat: '▬' } as const;

/**
 * An indicator card from its view model: the value with unit and period (a partial year labelled "s.d. Triwulan
 * III"), the target (or range; to date for a partial year), capaian % as published and category (text, icon and
 * colour), the change against the previous period coloured by polarity with an arrow and a word, the coverage of a
 * rolled-up region ("15 dari 16 kelurahan"), the notes on how the figure was made, the rejected input rows behind it
 * ("2 baris ditolak", opening their reasons), a sparkline and RPJMD progress (full size), the freshness line with a stale badge, an "ilustratif"
 * badge, and an info panel (definisi, konsep, rumus, interpretasi, ukuran, satuan, produsen, sumber, catatan — those
 * the catalog gives) opened by a button — Enter/Space to open,
 * Escape to close.
 */
export function IndicatorCardView({
  model,
  size = 'full',
  headingLevel = 3,
  defaultInfoOpen = false,
  sparkline,
}: IndicatorCardViewProps): ReactNode {
  const { locale, messages: m } = useSatata();
  const [infoOpen, setInfoOpen] = useState(defaultInfoOpen);
  const infoButton = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const infoId = useId();
  const Heading = `h${headingLevel}` as 'h3';
  const ch = model.perubahan;
  // "tetap" (a change that rounds to 0 at display precision) is flat whatever the sign of the raw difference.
  const arrow =
    ch?.selisih == null
      ? null
      : ch.arah === 'tetap' || ch.selisih === 0
        ? ARROWS.flat
        : ch.selisih > 0
          ? ARROWS.up
          : ARROWS.down;
  const progres = model.progres;
  const closeInfo = () => {
    setInfoOpen(false);
    infoButton.current?.focus();
  };

  return (
    <article
      className={`satata-widget satata-card satata-card--${size}`}
      aria-labelledby={headingId}
      data-satata-indicator={model.indikator}
      data-satata-stale={model.kesegaran.basi ? 'true' : 'false'}
    >
      <div className="satata-card__head">
        <Heading className="satata-title" id={headingId}>
          {model.nama[locale]}
        </Heading>
        <button
          ref={infoButton}
          type="button"
          aria-expanded={infoOpen}
          aria-controls={infoId}
          aria-label={`${m.info}: ${model.nama[locale]}`}
          onClick={() => setInfoOpen((v) => !v)}
        >
          <InfoIcon />
        </button>
      </div>
      <div className="satata-card__row">
        {model.ilustratif ? <IllustrativeBadge /> : null}
        {model.kesegaran.basi ? <StaleBadge /> : null}
        {model.namaWilayah ? <span className="satata-muted">{model.namaWilayah}</span> : null}
      </div>
      <p className="satata-card__value">
        <span className="satata-visually-hidden">{m.realisation}: </span>
        {model.nilai.teks[locale]}
        {model.periodeLabel ? (
          <span className="satata-card__unit">· {model.periodeLabel[locale]}</span>
        ) : null}
      </p>
      <div className="satata-card__row">
        <span>
          {m.target}
          {model.target.rentang ? ` (${m.range})` : ''}: {model.target.teks[locale]}
        </span>
        <span>
          {m.capaian}: <strong>{model.capaianTeks[locale]}</strong>
          {model.capaianNegatif ? <span className="satata-muted"> ({m.negativeCapaian})</span> : null}
        </span>
        <CategoryBadge kategori={model.kategori} label={model.kategoriLabel} tone={model.kategoriTone} />
      </div>
      {ch ? (
        <p
          className={`satata-card__change satata-change--${ch.arah ?? 'tetap'}`}
          data-satata-change={ch.arah ?? ''}
        >
          {arrow ? <span aria-hidden="true">{arrow} </span> : null}
          <span className="satata-visually-hidden">{m.change}: </span>
          {ch.teks[locale]}
        </p>
      ) : null}
      {!ch && model.perubahanKosong ? (
        <p className="satata-card__note satata-muted" data-satata-change-missing="">
          {m.change}: {model.perubahanKosong[locale]}
        </p>
      ) : null}
      {model.cakupan ? (
        <p className="satata-card__note" data-satata-coverage="">
          {m.coverage}: {model.cakupan.teks[locale]}
        </p>
      ) : null}
      {model.catatan.length > 0 ? (
        <ul className="satata-card__notes" aria-label={m.note}>
          {model.catatan.map((c) => (
            <li key={c.id}>{c[locale]}</li>
          ))}
        </ul>
      ) : null}
      <RejectedRowsNotice rows={model.ditolak} />
      {size === 'full' && sparkline ? sparkline : null}
      {size === 'full' && progres && progres.persen !== null ? (
        <div>
          <div className="satata-card__row">
            <span>
              {m.progress} {progres.tahunAkhir}: {progres.persenTeks[locale]}
              {progres.statusLabel ? ` (${progres.statusLabel[locale]})` : ''}
            </span>
          </div>
          {/* An SVG bar: its width is an attribute, not an inline style (strict CSP, server rendering). */}
          <svg
            className="satata-progress"
            aria-hidden="true"
            focusable="false"
            viewBox="0 0 100 8"
            preserveAspectRatio="none"
          >
            <rect
              className="satata-progress__bar"
              width={Math.max(0, Math.min(100, progres.persen))}
              height={8}
            />
          </svg>
        </div>
      ) : null}
      <p className="satata-card__freshness">{model.kesegaran.teks[locale]}</p>
      <section
        id={infoId}
        className="satata-info"
        hidden={!infoOpen}
        aria-label={m.info}
        onKeyDown={(e) => {
          if (e.key === 'Escape') closeInfo();
        }}
      >
        {infoOpen ? (
          <>
            <dl>
              <dt>{m.definition}</dt>
              <dd>{model.info.definisi[locale]}</dd>
              {model.info.konsep ? (
                <>
                  <dt>{m.concept}</dt>
                  <dd>{model.info.konsep[locale]}</dd>
                </>
              ) : null}
              {model.info.rumus ? (
                <>
                  <dt>{m.formula}</dt>
                  <dd>{model.info.rumus[locale]}</dd>
                </>
              ) : null}
              {model.info.interpretasi ? (
                <>
                  <dt>{m.interpretation}</dt>
                  <dd>{model.info.interpretasi[locale]}</dd>
                </>
              ) : null}
              {model.info.ukuran ? (
                <>
                  <dt>{m.measure}</dt>
                  <dd>{model.info.ukuran}</dd>
                </>
              ) : null}
              <dt>{m.unit}</dt>
              <dd>{model.info.satuan}</dd>
              <dt>{m.producer}</dt>
              <dd>{model.produsen.nama}</dd>
              <dt>{m.source}</dt>
              <dd>{model.sumber}</dd>
              {model.info.catatan ? (
                <>
                  <dt>{m.note}</dt>
                  <dd>{model.info.catatan[locale]}</dd>
                </>
              ) : null}
            </dl>
            <button type="button" className="satata-info__close" onClick={closeInfo}>
              {m.infoClose}
            </button>
          </>
        ) : null}
      </section>
    </article>
  );
}
