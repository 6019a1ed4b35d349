import type { z } from 'zod';
import type { profileExportQuery } from '../../../shared/contracts/standings.ts';
import type { Locale } from '../../../shared/locales.ts';
import { homeUnitOf, type Actor } from '../../platform/auth/actor.ts';
import { readerFormats } from '../../platform/documents/reader-formats.ts';
import { profileDocx } from './profile-export.docx.ts';
import { profileXlsx } from './profile-export.xlsx.ts';
import type { ExportText, ProfileData } from './profile-lines.ts';
import type { LetterheadOf } from './rounds.service.ts';
import type { StandingsService } from './standings.service.ts';

export interface ProfileExportDeps {
  standings: StandingsService;
  text: (locale: Locale, key: string, values?: Record<string, string>) => string;
  letterheadOf: LetterheadOf;
  today: () => string;
}

/**
 * A unit's profile on published indices as files a leader forwards: an XLSX workbook or a
 * one-page DOCX briefing under the reader's office's letterhead, in the reader's language.
 * It reads what the pages read (the timeline's and the peers' scope checks apply).
 */
export function createProfileExport({ standings, text, letterheadOf, today }: ProfileExportDeps) {
  return async (actor: Actor, q: z.infer<typeof profileExportQuery>, locale: Locale): Promise<Buffer> => {
    const timeline = await standings.timeline(actor, q.unit);
    const peers = q.peers?.length ? (await standings.peers(actor, q.unit, q.peers)).units : [];
    const own = timeline.standings.find((s) => s.unit.code === q.unit)?.unit ?? (await standings.unitRef(q.unit));
    const data: ProfileData = { unit: own, standings: timeline.standings, targets: timeline.targets, peers, indices: await standings.listIndices(actor), generatedOn: today() };
    const t: ExportText = (key, values) => text(locale, key, values);
    const f = readerFormats(locale);
    if (q.format === 'xlsx') return profileXlsx(data, f, t);
    return profileDocx(data, { letterhead: await letterheadOf(homeUnitOf(actor, 'assessments.read'), locale), issuedOn: data.generatedOn }, f, t);
  };
}

export type ProfileExport = ReturnType<typeof createProfileExport>;
