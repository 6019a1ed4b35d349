import { describe, expect, it } from 'vitest';
import { matchRoute, paths } from './routes.ts';

describe('assessment routes', () => {
  it('round-trips the paths of frameworks, rounds, a unit’s result, self-assessment and appraisal', () => {
    expect(matchRoute(paths.assessments())).toEqual({ name: 'assessments' });
    expect(matchRoute(paths.frameworks())).toEqual({ name: 'frameworks' });
    expect(matchRoute(paths.framework('PAR-INDEX-PROVINCE-876', 2).split('?')[0]!)).toEqual({ name: 'framework', code: 'PAR-INDEX-PROVINCE-876' });
    expect(matchRoute(paths.frameworkEdit('H99.NOI-BO'))).toEqual({ name: 'frameworkEdit', code: 'H99.NOI-BO' });
    expect(matchRoute('/assessments/frameworks/X/edit/more')).toEqual({ name: 'notFound' });
    expect(matchRoute(paths.round('NB-DEMO-3'))).toEqual({ name: 'round', code: 'NB-DEMO-3' });
    expect(matchRoute(paths.roundUnit('NB 1', 'H99/02'))).toEqual({ name: 'roundUnit', code: 'NB 1', unit: 'H99/02' });
    expect(matchRoute(paths.selfAssessment('NB-DEMO-3', 'H99.02'))).toEqual({ name: 'selfAssessment', code: 'NB-DEMO-3', unit: 'H99.02', mode: 'self' });
    expect(matchRoute(paths.selfAssessment('NB-DEMO-3', 'H99.02', 'appraise'))).toEqual({ name: 'selfAssessment', code: 'NB-DEMO-3', unit: 'H99.02', mode: 'appraise' });
  });

  it('round-trips a unit’s profile on published indices, with the peers compared in the query', () => {
    expect(matchRoute(paths.standingsProfile())).toEqual({ name: 'standingsProfile', unit: null });
    expect(matchRoute(paths.standingsProfile('H99/02'))).toEqual({ name: 'standingsProfile', unit: 'H99/02' });
    expect(paths.standingsProfile('H99', ['31', 'H99.02'])).toBe('/assessments/standings/H99?peers=31,H99.02');
    expect(matchRoute('/assessments/standings/H99/more')).toEqual({ name: 'notFound' });
    expect(matchRoute('/assessments/standings/%E0')).toEqual({ name: 'notFound' });
  });

  it('keeps the compared round in the query and refuses unknown sub-pages', () => {
    expect(paths.roundUnit('R', 'U', 'NB-DEMO-2')).toBe('/assessments/rounds/R/units/U?compare=NB-DEMO-2');
    expect(matchRoute('/assessments/rounds/R/units/U/edit')).toEqual({ name: 'notFound' });
    expect(matchRoute('/assessments/rounds/%E0')).toEqual({ name: 'notFound' });
  });
});

describe('steering routes', () => {
  it('round-trips the committees, a committee (its code encoded) and the units a member follows', () => {
    expect(matchRoute(paths.steering())).toEqual({ name: 'steering' });
    expect(matchRoute(paths.committee('BCD/H99'))).toEqual({ name: 'committee', code: 'BCD/H99' });
    expect(paths.followed('science')).toBe('/steering/followed?member=science');
    expect(matchRoute(paths.followed().split('?')[0]!)).toEqual({ name: 'followed' });
    expect(matchRoute('/steering/committees/BCD-H99/more')).toEqual({ name: 'notFound' });
    expect(matchRoute('/steering/committees/%E0')).toEqual({ name: 'notFound' });
  });
});

describe('job position routes', () => {
  it('round-trips the progress page and a position list by its id, and refuses other sub-pages', () => {
    expect(matchRoute(paths.positions())).toEqual({ name: 'positions' });
    expect(matchRoute(paths.positionList(42))).toEqual({ name: 'positionList', id: 42 });
    expect(matchRoute('/positions/lists/abc')).toEqual({ name: 'notFound' });
    expect(matchRoute('/positions/lists/42/more')).toEqual({ name: 'notFound' });
  });
});

describe('one-stop routes', () => {
  it('round-trips the time-and-cost page with its query, beside the report it sits under', () => {
    expect(paths.procedureTimes('unit=H99&period=2026-Q3')).toBe('/dossiers/times?unit=H99&period=2026-Q3');
    expect(matchRoute(paths.procedureTimes())).toEqual({ name: 'procedureTimes' });
    expect(matchRoute(paths.dossiers())).toEqual({ name: 'dossiers' });
    expect(matchRoute('/dossiers/times/more')).toEqual({ name: 'notFound' });
    expect(paths.targets('unit=H99&asOf=2026-03-15')).toBe('/dossiers/targets?unit=H99&asOf=2026-03-15');
    expect(matchRoute(paths.targets())).toEqual({ name: 'targets' });
  });
});

describe('survey routes', () => {
  it('round-trips the surveys page and a wave (its code encoded), and refuses other sub-pages', () => {
    expect(matchRoute(paths.surveys())).toEqual({ name: 'surveys' });
    expect(matchRoute(paths.surveyWave('SIPAS-2026.H99'))).toEqual({ name: 'surveyWave', code: 'SIPAS-2026.H99' });
    expect(paths.surveyWave('A/B')).toBe('/surveys/waves/A%2FB');
    expect(matchRoute(paths.surveyWave('A/B'))).toEqual({ name: 'surveyWave', code: 'A/B' });
    expect(matchRoute('/surveys/waves/X/more')).toEqual({ name: 'notFound' });
    expect(matchRoute('/surveys/waves/%E0')).toEqual({ name: 'notFound' });
    expect(matchRoute('/surveys/waves')).toEqual({ name: 'notFound' });
  });
});
