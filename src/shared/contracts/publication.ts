import { z } from 'zod';
import { localizedNames } from './common.ts';
import { standing } from './standings.ts';

/**
 * What the secretariat publishes to citizens, the press and other portals (issue 20): a
 * finalised round's league table, a unit's service index and one-stop statistics by month
 * (aggregates only), a unit's published standings, a survey wave's links. Nothing else is
 * public; a unit decides nothing about it; publishing and unpublishing are audited.
 */
export const PUBLICATION_KINDS = ['round', 'service_index', 'one_stop', 'standings', 'survey_links'] as const;
export const publicationKind = z.enum(PUBLICATION_KINDS);
export type PublicationKind = z.infer<typeof publicationKind>;

/** A publication: the kind and its subject — a round's code, a unit's code (with the units under it), a wave's code. */
export const publicationInput = z.object({ kind: publicationKind, subject: z.string().trim().min(1).max(64) });
export type PublicationInput = z.infer<typeof publicationInput>;
export const publication = publicationInput.extend({
  id: z.number().int(),
  /** the round's, the unit's or the wave's names, for the list */
  names: localizedNames,
  publishedAt: z.string(),
});
export type Publication = z.infer<typeof publication>;
export const publicationList = z.object({ publications: z.array(publication) });
export const publicationParams = z.object({ id: z.coerce.number().int() });

/** The open data's terms, set by the administrator: shown on every public page and in the catalogue. */
export const openDataSettings = z.object({
  licence: z.string().trim().max(200),
  licenceUrl: z.union([z.url(), z.literal('')]),
  publisher: localizedNames,
});
export type OpenDataSettings = z.infer<typeof openDataSettings>;

const unitRef = z.object({ code: z.string(), names: localizedNames });

/** A dataset of the catalogue: its stable addresses and the meaning of its columns (the data dictionary). */
export const publicDataset = z.object({
  id: z.string(),
  kind: publicationKind,
  subject: z.string(),
  names: localizedNames,
  json: z.string(),
  csv: z.string(),
  page: z.string(),
  columns: z.array(z.object({ name: z.string(), type: z.enum(['string', 'integer', 'number', 'date', 'month']), description: z.string() })),
});
export const publicCatalogue = z.object({ licence: z.string(), licenceUrl: z.string(), publisher: localizedNames, datasets: z.array(publicDataset) });
export type PublicCatalogue = z.infer<typeof publicCatalogue>;

/** A finalised round's league table as published: rank of N, change, band, points — no self-assessment, no evidence. */
export const publicRound = z.object({
  round: z.string(),
  names: localizedNames,
  year: z.number().int(),
  units: z.array(
    z.object({
      unit: unitRef,
      rank: z.number().int(),
      of: z.number().int(),
      points: z.number(),
      percent: z.number(),
      band: z.string().nullable(),
      /** places gained (+) or lost (−), 'new', or 'not_comparable' (the earlier ranking had another N: see `previous`); null while the round compared with is not published */
      rankChange: z.union([z.number().int(), z.literal('new'), z.literal('not_comparable')]).nullable(),
      pointChange: z.number().nullable(),
      previous: z.object({ rank: z.number().int(), of: z.number().int() }).nullable(),
    }),
  ),
  bands: z.array(z.object({ code: z.string(), minPercent: z.number() })),
});
export type PublicRound = z.infer<typeof publicRound>;

/** A unit's service index (Decision 766) month by month, its own and each unit under it for the last month. */
export const publicServiceIndex = z.object({
  unit: unitRef,
  months: z.array(z.object({ month: z.string(), total: z.number().nullable(), band: z.string().nullable() })),
  /** the month the units under it are ranked on: the last complete one */
  rankedMonth: z.string(),
  units: z.array(z.object({ unit: unitRef, total: z.number().nullable(), band: z.string().nullable(), rank: z.number().int().nullable(), of: z.number().int() })),
});
export type PublicServiceIndex = z.infer<typeof publicServiceIndex>;

const oneStopFigures = z.object({
  received: z.number().int(),
  receivedOnline: z.number().int(),
  resolved: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  pending: z.number().int(),
  pendingOverdue: z.number().int(),
  onTimeRate: z.number().nullable(),
});
/** One-stop statistics by month and by the units under the unit (aggregates only: no dossier, no citizen, no official). */
export const publicOneStop = z.object({
  unit: unitRef,
  from: z.string(),
  to: z.string(),
  months: z.array(oneStopFigures.extend({ month: z.string() })),
  units: z.array(oneStopFigures.extend({ unit: unitRef })),
});
export type PublicOneStop = z.infer<typeof publicOneStop>;

/** A unit's published standings (and its units' ones), with the changes — never its targets. */
export const publicStandings = z.object({ unit: unitRef, standings: z.array(standing) });
export type PublicStandings = z.infer<typeof publicStandings>;

/** A wave's public links, one per unit, for citizens to answer. */
export const publicSurveyLinks = z.object({ wave: z.string(), names: localizedNames, from: z.string(), to: z.string(), links: z.array(z.object({ unit: unitRef, url: z.string() })) });
export type PublicSurveyLinks = z.infer<typeof publicSurveyLinks>;

export const publicSubjectParams = z.object({ subject: z.string().trim().min(1).max(64) });

/** The open data's addresses: /api/public/{dataset}/{subject}.{json|csv}. */
export const PUBLIC_DATASETS = { round: 'round', 'service-index': 'service_index', 'one-stop': 'one_stop', standings: 'standings', 'survey-links': 'survey_links' } as const;
export const publicDatasetParams = z.object({
  dataset: z.enum(Object.keys(PUBLIC_DATASETS) as [keyof typeof PUBLIC_DATASETS, ...(keyof typeof PUBLIC_DATASETS)[]]),
  file: z.string().regex(/^[^/]{1,64}\.(json|csv)$/).describe('the subject (a round’s, a unit’s or a wave’s code) and the format, e.g. H99.json'),
});
