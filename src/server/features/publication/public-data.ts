import type { PublicationKind, PublicCatalogue, PublicOneStop, PublicRound, PublicServiceIndex, PublicStandings, PublicSurveyLinks } from '../../../shared/contracts/publication.ts';
import type { DossierReportResponse } from '../../../shared/contracts/dossiers.ts';
import { addDays } from '../../../shared/domain/dates.ts';
import { datasetPath, publicPagePath } from '../../../shared/domain/public-addresses.ts';
import { AppError } from '../../../shared/errors.ts';
import type { UnitsService } from '../units/index.ts';
import { DICTIONARY, type Column } from './public-dictionary.ts';
import type { PublicSources } from './public-sources.ts';
import type { PublicationService } from './publication.service.ts';

/** What the public pages and the open data read: each dataset, only while published. */
export interface PublicDataDeps {
  units: Pick<UnitsService, 'idOf' | 'ancestryOf'>;
  sources: PublicSources;
  publication: PublicationService;
  today: () => string;
}

const unpublished = (kind: PublicationKind, subject: string) => new AppError('not_found', { [kind]: subject });

function oneStopFigures(r: DossierReportResponse['report']) {
  return {
    received: r.received.total,
    receivedOnline: r.received.online,
    resolved: r.resolved.total,
    resolvedOnTime: r.resolved.early + r.resolved.onTime,
    resolvedLate: r.resolved.late,
    pending: r.pending.total,
    pendingOverdue: r.pending.overdue,
    onTimeRate: r.resolved.total ? r.rates.onTime : null,
  };
}

/**
 * The public datasets, built from the other features' figures (PublicSources) and cut down to
 * what a citizen may read: a round's league table without self-scores or evidence, the service
 * index and one-stop statistics as aggregates, published standings without targets, a wave's
 * links. Anything not published now is "not found", as if it did not exist.
 */
export function createPublicData({ units, sources, publication, today }: PublicDataDeps) {
  async function requireLive(kind: PublicationKind, subject: string): Promise<void> {
    if (!(await publication.isLive(kind, subject))) throw unpublished(kind, subject);
  }

  /**
   * A unit's figures of this kind are public when they are published for it or for a unit above
   * it: a province's service index, one-stop statistics or standings cover its departments' too.
   */
  async function requireLiveAbove(kind: 'service_index' | 'one_stop' | 'standings', unitCode: string): Promise<void> {
    const id = await units.idOf(unitCode).catch(() => null);
    if (id === null) throw unpublished(kind, unitCode);
    const live = new Set((await publication.live()).filter((p) => p.kind === kind).map((p) => p.unitId));
    if (!(await units.ancestryOf(id)).some((a) => live.has(a))) throw unpublished(kind, unitCode);
  }

  /** The 12 months up to this one (this one so far), as YYYY-MM. */
  const lastMonths = () => {
    const months: string[] = [];
    for (let d = `${today().slice(0, 7)}-01`; months.length < 12; d = `${addDays(d, -1).slice(0, 7)}-01`) months.unshift(d.slice(0, 7));
    return months;
  };

  return {
    /** The province's day the datasets are computed for (the public pages say "as of" it). */
    today,
    /** The indices' and their components' names, to name published standings (reference data, always public). */
    indices: () => sources.indices(),

    async catalogue(): Promise<PublicCatalogue> {
      const terms = await publication.settings();
      const live = await publication.live();
      const datasets = await Promise.all(
        live.map(async (p) => {
          const kind = p.kind as PublicationKind;
          const names = (await publication.namesOf(kind, p.subject)) ?? {};
          const columns = DICTIONARY[kind].map(({ name, type, description }: Column) => ({ name, type, description }));
          return { id: `${kind}:${p.subject}`, kind, subject: p.subject, names, json: datasetPath(kind, p.subject, 'json'), csv: datasetPath(kind, p.subject, 'csv'), page: publicPagePath(kind, p.subject, '{locale}'), columns };
        }),
      );
      return { licence: terms.licence, licenceUrl: terms.licenceUrl, publisher: terms.publisher, datasets };
    },

    async round(code: string): Promise<PublicRound> {
      await requireLive('round', code);
      const round = (await sources.round(code))!;
      // A round reopened after it was published is not shown until it is finalised again.
      if (!round.finalized) throw unpublished('round', code);
      const r = await sources.roundResults(code);
      // A change gives the earlier round away (its rank of N; points − change, its points): shown only when that round is published too.
      const compared = round.previousRound !== null && (await publication.isLive('round', round.previousRound));
      return {
        round: code,
        names: round.names,
        year: round.year,
        units: r.units.map((u) => ({
          unit: { code: u.unit, names: r.unitNames[u.unit] ?? {} },
          rank: u.rank,
          of: u.of,
          points: u.points,
          percent: u.percent,
          band: u.band,
          rankChange: compared ? u.rankChange : null,
          pointChange: compared ? u.pointChange : null,
          previous: compared && u.previous ? { rank: u.previous.rank, of: u.previous.of } : null,
        })),
        bands: r.bands,
      };
    },

    async serviceIndex(unitCode: string): Promise<PublicServiceIndex> {
      await requireLiveAbove('service_index', unitCode);
      const months = lastMonths();
      const trend = await sources.serviceIndexTrend(unitCode, months[months.length - 1]!, months.length);
      // The units under it ranked on the last complete month (this one is still counting).
      const rankedMonth = months[months.length - 2]!;
      const ranking = await sources.serviceIndexRanking(unitCode, rankedMonth);
      return {
        unit: trend.unit,
        months: trend.months.map((m) => ({ month: m.period, total: m.total, band: m.band })),
        rankedMonth,
        units: ranking.units.map((u) => ({ unit: u.unit, total: u.total, band: u.band, rank: u.rank, of: u.of })),
      };
    },

    async oneStop(unitCode: string): Promise<PublicOneStop> {
      await requireLiveAbove('one_stop', unitCode);
      const months = lastMonths();
      const r = await sources.oneStop(unitCode, `${months[0]}-01`, today());
      return {
        unit: r.unit,
        from: r.from,
        to: r.to,
        months: r.byMonth.map((m) => ({ month: m.month, ...oneStopFigures(m.report) })),
        units: r.byChild.map((c) => ({ unit: c.unit, ...oneStopFigures(c.report) })),
      };
    },

    /** A unit's standings, public when it or a unit above it has its standings published. */
    async standings(unitCode: string): Promise<PublicStandings> {
      await requireLiveAbove('standings', unitCode);
      const standings = await sources.standings(unitCode);
      const unit = standings.find((s) => s.unit.code === unitCode)?.unit ?? (await publication.unitRef(unitCode));
      return { unit, standings };
    },

    async surveyLinks(waveCode: string): Promise<PublicSurveyLinks> {
      await requireLive('survey_links', waveCode);
      const wave = (await sources.wave(waveCode))!;
      return { wave: waveCode, names: wave.names, from: wave.from, to: wave.to, links: wave.links.map((l) => ({ unit: l.unit, url: `/s/${l.link}` })) };
    },
  };
}

export type PublicData = ReturnType<typeof createPublicData>;
