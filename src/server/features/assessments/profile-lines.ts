import type { ExternalIndex, Standing, StandingTarget } from '../../../shared/contracts/standings.ts';
import { pickName, type LocalizedNames } from '../../../shared/locales.ts';
import type { ReaderFormats } from '../../platform/documents/reader-formats.ts';

/** A translated text of the reader's language (keys under `profileExport.` and `officialDocument.`). */
export type ExportText = (key: string, values?: Record<string, string>) => string;

/** What a profile's files show, read once: the unit's timeline, its peers', the indices for names. */
export interface ProfileData {
  unit: { code: string; names: LocalizedNames };
  standings: Standing[];
  targets: StandingTarget[];
  peers: { unit: { code: string; names: LocalizedNames }; standings: Standing[] }[];
  indices: ExternalIndex[];
  generatedOn: string;
}

export const unitName = (u: { code: string; names: LocalizedNames }, f: ReaderFormats) => pickName(u.names, f.locale) || u.code;
export const indexName = (d: ProfileData, code: string, f: ReaderFormats) => pickName(d.indices.find((i) => i.code === code)?.names ?? {}, f.locale) || code;
export const componentName = (d: ProfileData, index: string, key: string, f: ReaderFormats) =>
  pickName(d.indices.find((i) => i.code === index)?.components.find((c) => c.key === key)?.names ?? {}, f.locale) || key;

export function rankText(s: { rank: number | null; of: number | null }, f: ReaderFormats, t: ExportText): string {
  return s.rank === null || s.of === null ? '—' : t('profileExport.rankOf', { rank: f.number(s.rank), of: f.number(s.of) });
}

/** "up 6 places", "down 2 places", "no change", or — between rankings of different N — "was 29 of 63". */
export function placesText(c: { places: number | null; was: { rank: number; of: number } | null } | null, f: ReaderFormats, t: ExportText): string {
  if (!c || !c.was) return '';
  if (c.places === null) return t('profileExport.was', { rank: f.number(c.was.rank), of: f.number(c.was.of) });
  if (c.places === 0) return t('profileExport.same');
  return t(c.places > 0 ? 'profileExport.up' : 'profileExport.down', { n: f.number(Math.abs(c.places)) });
}

/** A target's aim in words: "top 10", "at least 85.00", or both. */
export function aimText(target: StandingTarget, f: ReaderFormats, t: ExportText): string {
  const parts = [target.rankAtMost === null ? null : t('profileExport.top', { n: f.number(target.rankAtMost) }), target.valueAtLeast === null ? null : t('profileExport.atLeast', { value: f.number(target.valueAtLeast, 2) })];
  return parts.filter(Boolean).join(', ');
}

/** The newest standing of each index in the nation's set (else the first set published), the unit's own. */
export function latestByIndex(standings: readonly Standing[], unitCode: string): Standing[] {
  const own = standings.filter((s) => s.unit.code === unitCode);
  const codes = [...new Set(own.map((s) => s.indexCode))];
  return codes.map((code) => {
    const rows = own.filter((s) => s.indexCode === code).sort((a, b) => b.year - a.year || Number(b.comparisonSet === 'nation') - Number(a.comparisonSet === 'nation'));
    return rows[0]!;
  });
}

/** The lines every profile file opens with: whose profile, the peers compared with, the day it was made. */
export function headerLines(d: ProfileData, f: ReaderFormats, t: ExportText): string[] {
  return [
    t('profileExport.unit', { unit: unitName(d.unit, f) }),
    ...(d.peers.length ? [t('profileExport.peersLine', { peers: d.peers.map((p) => unitName(p.unit, f)).join(', ') })] : []),
    t('profileExport.generatedOn', { date: f.date(d.generatedOn) }),
    t('profileExport.rule'),
  ];
}
