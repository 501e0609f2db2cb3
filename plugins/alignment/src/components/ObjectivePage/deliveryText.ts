import {
  DORA_BANDS,
  type DeliveryFigure,
} from '@lodestar/backstage-plugin-alignment-common';
import { doraBandLabel } from '../common/DoraBandChip';
import { doraUnit } from '../common/doraKeys';
import { formatNumber, withUnit } from '../common/formatQuantity';

function unitOf(figure: DeliveryFigure): string | undefined {
  return figure.unit ?? doraUnit(figure.key);
}

/** The median with its unit, or a dash when no supporter reports the key. */
export function medianText(figure: DeliveryFigure): string {
  return figure.median === null
    ? '—'
    : withUnit(formatNumber(figure.median), unitOf(figure));
}

/** The middle half of the supporters: `4–12 deploys per week`. */
export function spreadText(figure: DeliveryFigure): string | undefined {
  if (figure.p25 === null || figure.p75 === null) return undefined;
  return withUnit(
    `${formatNumber(figure.p25)}–${formatNumber(figure.p75)}`,
    unitOf(figure),
  );
}

/** How many supporters are in each band, best first: `Elite 3 · High 5 · Medium 1 · Low 0`. */
export function bandCountsText(figure: DeliveryFigure): string {
  return DORA_BANDS.map(
    band => `${doraBandLabel(band)} ${figure.bands[band] ?? 0}`,
  ).join(' · ');
}

/** `12 of 66 supporters report it`. */
export function reportingText(reporting: number, supporters: number): string {
  if (supporters === 1) {
    return `${reporting} of 1 supporter reports it`;
  }
  return `${reporting} of ${supporters} supporters report it`;
}
