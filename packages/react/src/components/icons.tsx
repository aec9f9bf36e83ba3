/**
 * Inline SVG icons for glyphs no font on a plain Debian Chromium has (ⓘ U+24D8, ⏱ U+23F1 rendered as empty boxes).
 * Decorative: `aria-hidden`, not focusable; the control or text beside an icon carries the accessible name. They
 * draw in `currentColor` at the font size, so they follow the theme and zoom.
 */
import type { ReactNode } from 'react';

/** Props shared by the icons. */
export interface IconProps {
  /** Size in CSS units (default `1em`). */
  readonly size?: string;
  readonly className?: string;
}

function Svg({ size = '1em', className, children }: IconProps & { children: ReactNode }): ReactNode {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 16 16"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      aria-hidden="true"
      focusable="false"
      className={className ? `satata-icon ${className}` : 'satata-icon'}
      data-satata-icon=""
    >
      {children}
    </svg>
  );
}

// Each icon is one stroked path (a card grid draws hundreds of them): circles as two arcs, and the "i"'s dot as a
// 0.3 stroke whose round caps fill it out.

/** An "i" in a circle (information), in place of the ⓘ glyph. */
export function InfoIcon(props: IconProps): ReactNode {
  return (
    <Svg {...props}>
      <path d="M14.75 8a6.75 6.75 0 1 1-13.5 0a6.75 6.75 0 1 1 13.5 0ZM8 7.25v4M8 4.6v.3" />
    </Svg>
  );
}

/** A stopwatch (out of date), in place of the ⏱ glyph. */
export function ClockIcon(props: IconProps): ReactNode {
  return (
    <Svg {...props}>
      <path d="M13.75 9a5.75 5.75 0 1 1-11.5 0a5.75 5.75 0 1 1 11.5 0ZM8 9V6.25M6.5 1.75h3M12.25 4.25l1-1" />
    </Svg>
  );
}
