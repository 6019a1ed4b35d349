import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { UnitListResponse } from '../../src/shared/contracts/units.ts';
import { SYSTEM_ACTOR } from '../../src/server/platform/auth/actor.ts';
import { inTransaction } from '../../src/server/platform/db/database.ts';
import { DEMO_ACCOUNT_UNITS } from '../../src/server/features/units/index.ts';
import { EMPTY_DOCUMENT_SETTINGS } from '../../src/shared/contracts/documents.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { multipartBody } from '../support/multipart.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';
import { EXAMPLE_QUESTIONNAIRE_INPUT } from '../fixtures/survey-example.ts';

/** The constructed questionnaire under another code. */
const questionnaireAs = (code: string) => ({ ...EXAMPLE_QUESTIONNAIRE_INPUT, code });

const MINE = DEMO_ACCOUNT_UNITS.commune;
const OTHER = DEMO_ACCOUNT_UNITS.otherCommune;
const enc = encodeURIComponent;

/**
 * Every route, with a request that reaches into a unit outside the caller's scope. The
 * table must cover every operation in the OpenAPI document: a new route without a scope
 * test fails here.
 */
const OUT_OF_SCOPE: Record<string, (target: string) => InjectOptions> = {
  'GET /api/units/{code}': (t) => ({ method: 'GET', url: `/api/units/${enc(t)}` }),
  'GET /api/units/{code}/history': (t) => ({ method: 'GET', url: `/api/units/${enc(t)}/history` }),
  'GET /api/units': (t) => ({ method: 'GET', url: `/api/units?parent=${enc(t)}` }),
  'GET /api/units/apparatus': (t) => ({ method: 'GET', url: `/api/units/apparatus?unit=${enc(t)}&from=2026-01-01&to=2026-06-30` }),
  'GET /api/units/apparatus.xlsx': (t) => ({ method: 'GET', url: `/api/units/apparatus.xlsx?unit=${enc(t)}&from=2026-01-01&to=2026-06-30` }),
  'GET /api/units/apparatus.docx': (t) => ({ method: 'GET', url: `/api/units/apparatus.docx?unit=${enc(t)}&from=2026-01-01&to=2026-06-30` }),
  'GET /api/consolidated': (t) => ({ method: 'GET', url: `/api/consolidated?unit=${enc(t)}&period=2026-H1` }),
  'PUT /api/consolidated/narrative': (t) => ({ method: 'PUT', url: '/api/consolidated/narrative', payload: { unit: t, period: '2026-H1', narrative: { summary: 'x' } } }),
  'POST /api/consolidated/issued': (t) => ({ method: 'POST', url: '/api/consolidated/issued', payload: { unit: t, period: '2026-H1', number: '1/BC', date: '2026-07-10', narrative: {} } }),
  'GET /api/consolidated/export': (t) => ({ method: 'GET', url: `/api/consolidated/export?unit=${enc(t)}&period=2026-H1&format=docx` }),
  'GET /api/units/{code}/document-settings': (t) => ({ method: 'GET', url: `/api/units/${enc(t)}/document-settings` }),
  'PUT /api/units/{code}/document-settings': (t) => ({ method: 'PUT', url: `/api/units/${enc(t)}/document-settings`, payload: { ...EMPTY_DOCUMENT_SETTINGS, signerName: 'X' } }),
  'POST /api/units': (t) => ({ method: 'POST', url: '/api/units', payload: { code: 'NEW-X', kind: 'division', names: { vi: 'X' }, parentCode: t, validFrom: '2026-01-01' } }),
  'POST /api/units/{code}/changes': (t) => ({ method: 'POST', url: `/api/units/${enc(t)}/changes`, payload: { kind: 'rename', effectiveDate: '2026-05-01', names: { vi: 'X' } } }),
  'POST /api/units/merge': (t) => ({ method: 'POST', url: '/api/units/merge', payload: { effectiveDate: '2026-05-01', fromCodes: [t], into: { code: MINE } } }),
  'POST /api/units/split': (t) => ({ method: 'POST', url: '/api/units/split', payload: { effectiveDate: '2026-05-01', fromCode: t, into: [{ code: 'NEW-Y', kind: 'commune', names: { vi: 'Y' }, parentCode: 'H99', groups: [] }] } }),
  'POST /api/units/import': (t) => ({ ...multipart(`code,parent_code,kind,name,valid_from,valid_to\nNEW-Z,${t},division,Z,2026-01-01,\n`), url: '/api/units/import' }),
  'POST /api/tokens': (t) => ({ method: 'POST', url: '/api/tokens', payload: { name: 'x', unitCode: t, permissions: ['units.read'] } }),
  'POST /api/users': (t) => ({ method: 'POST', url: '/api/users', payload: { username: 'new-user', displayName: 'N', password: 'password-123', grants: [{ role: 'viewer', unitCode: t }] } }),
  // The target is the account of the user granted on that unit (see userOn below).
  'PATCH /api/users/{id}': (t) => ({ method: 'PATCH', url: `/api/users/${userOn[t]}`, payload: { disabled: true } }),
  'POST /api/plans': (t) => ({ method: 'POST', url: '/api/plans', payload: { code: 'NEW-PLAN', title: { vi: 'X' }, kind: 'provincial_plan', unitCode: t, year: 2026 } }),
  'GET /api/plans/{code}': (t) => ({ method: 'GET', url: `/api/plans/P-${t}` }),
  'PUT /api/plans/{code}': (t) => ({ method: 'PUT', url: `/api/plans/P-${t}`, payload: { code: `P-${t}`, title: { vi: 'X' }, kind: 'directive', unitCode: t, year: 2026 } }),
  'POST /api/plans/{code}/tasks': (t) => ({ method: 'POST', url: `/api/plans/P-${t}/tasks`, payload: { code: 'T-NEW', title: { vi: 'X' }, ownerUnitCode: t, deadline: '2026-12-31' } }),
  'GET /api/tasks/{id}': (t) => ({ method: 'GET', url: `/api/tasks/${taskOn[t]}` }),
  'PUT /api/tasks/{id}': (t) => ({ method: 'PUT', url: `/api/tasks/${taskOn[t]}`, payload: { code: 'T1', title: { vi: 'X' }, ownerUnitCode: t } }),
  'POST /api/tasks/{id}/deadline': (t) => ({ method: 'POST', url: `/api/tasks/${taskOn[t]}/deadline`, payload: { to: '2027-01-31', reason: 'x' } }),
  'GET /api/tasks/{id}/updates': (t) => ({ method: 'GET', url: `/api/tasks/${taskOn[t]}/updates` }),
  'POST /api/tasks/{id}/updates': (t) => ({ ...multipart(null, { kind: 'progress', percent: '10', note: 'x' }), url: `/api/tasks/${taskOn[t]}/updates` }),
  'POST /api/tasks/{id}/confirm': (t) => ({ method: 'POST', url: `/api/tasks/${taskOn[t]}/confirm`, payload: { completedOn: '2026-01-05' } }),
  'POST /api/tasks/{id}/return': (t) => ({ method: 'POST', url: `/api/tasks/${taskOn[t]}/return`, payload: { reason: 'x' } }),
  'GET /api/evidence/{id}': (t) => ({ method: 'GET', url: `/api/evidence/${evidenceOn[t]}` }),
  'GET /api/dossiers/report': (t) => ({ method: 'GET', url: `/api/dossiers/report?unit=${enc(t)}&period=2026` }),
  'GET /api/dossiers/times': (t) => ({ method: 'GET', url: `/api/dossiers/times?unit=${enc(t)}&period=2026` }),
  'GET /api/dossiers/unknown-procedures': (t) => ({ method: 'GET', url: `/api/dossiers/unknown-procedures?unit=${enc(t)}` }),
  'GET /api/dossiers/report.xlsx': (t) => ({ method: 'GET', url: `/api/dossiers/report.xlsx?unit=${enc(t)}&period=2026` }),
  'GET /api/dossiers/officials': (t) => ({ method: 'GET', url: `/api/dossiers/officials?unit=${enc(t)}&period=2026` }),
  'GET /api/dossiers/officials.xlsx': (t) => ({ method: 'GET', url: `/api/dossiers/officials.xlsx?unit=${enc(t)}&period=2026` }),
  'POST /api/dossiers/batch': (t) => ({ method: 'POST', url: '/api/dossiers/batch', payload: { dossiers: [{ code: 'D-1', unitCode: t, receivedAt: '2026-01-05', dueAt: '2026-01-09', status: 'received' }] } }),
  'GET /api/service-index': (t) => ({ method: 'GET', url: `/api/service-index?unit=${enc(t)}&period=2026-09` }),
  'GET /api/service-index/ranking': (t) => ({ method: 'GET', url: `/api/service-index/ranking?unit=${enc(t)}&period=2026-09` }),
  'GET /api/service-index/trend': (t) => ({ method: 'GET', url: `/api/service-index/trend?unit=${enc(t)}&until=2026-09&months=2` }),
  'POST /api/rounds': (t) => ({ method: 'POST', url: '/api/rounds', payload: { code: 'R-X', year: 2026, frameworkCode: 'INTERNAL-DEPARTMENT-EXAMPLE', groupCode: 'provincial_departments', unitCodes: [t], cutoffDate: '2026-12-31' } }),
  'GET /api/rounds/{code}/units/{unit}/scores': (t) => ({ method: 'GET', url: `/api/rounds/R-ACCESS/units/${enc(t)}/scores` }),
  'POST /api/rounds/{code}/units/{unit}/scores/{key}': (t) => ({ ...multipart(null, { points: '1' }), url: `/api/rounds/R-ACCESS/units/${enc(t)}/scores/dept.a1.c1` }),
  'POST /api/rounds/{code}/units/{unit}/submit': (t) => ({ method: 'POST', url: `/api/rounds/R-ACCESS/units/${enc(t)}/submit` }),
  'PUT /api/rounds/{code}/units/{unit}/appraisals/{key}': (t) => ({ method: 'PUT', url: `/api/rounds/R-ACCESS/units/${enc(t)}/appraisals/dept.a1.c1`, payload: { points: 1, reason: 'x' } }),
  'GET /api/rounds/{code}/units/{unit}/evidence/{sha256}': (t) => ({ method: 'GET', url: `/api/rounds/R-ACCESS/units/${enc(t)}/evidence/${'0'.repeat(64)}` }),
  'GET /api/standings': (t) => ({ method: 'GET', url: `/api/standings?unit=${enc(t)}` }),
  'PUT /api/standings': (t) => ({ method: 'PUT', url: '/api/standings', payload: { unitCode: t, indexCode: 'PCI', year: 2025, value: 70, rank: 3, of: 34, band: null, source: 'x' } }),
  'DELETE /api/standings': (t) => ({ method: 'DELETE', url: `/api/standings?unitCode=${enc(t)}&indexCode=PCI&year=2025` }),
  'GET /api/standings/profile/export': (t) => ({ method: 'GET', url: `/api/standings/profile/export?unit=${enc(t)}&format=docx` }),
  'POST /api/publications': (t) => ({ method: 'POST', url: '/api/publications', payload: { kind: 'service_index', subject: t } }),
  'DELETE /api/publications/{id}': (t) => ({ method: 'DELETE', url: `/api/publications/${publicationOn[t]}` }),
  'GET /api/standings/peers': (t) => ({ method: 'GET', url: `/api/standings/peers?unit=${enc(t)}&peers=${enc(MINE)}` }),
  'PUT /api/standing-targets': (t) => ({ method: 'PUT', url: '/api/standing-targets', payload: { unitCode: t, indexCode: 'PCI', year: 2026, rankAtMost: 10, valueAtLeast: null } }),
  'DELETE /api/standing-targets': (t) => ({ method: 'DELETE', url: `/api/standing-targets?unitCode=${enc(t)}&indexCode=PCI&year=2026` }),
  'POST /api/tasks/import': (t) => ({ ...multipart(`plan_code,code,title,owner_unit_code,deadline\nP-${t},T-IMP,X,${t},2026-12-31\n`), url: '/api/tasks/import' }),
  // A steering committee of the unit (C-<code>), with one member (memberOn).
  'POST /api/steering/committees': (t) => ({ method: 'POST', url: '/api/steering/committees', payload: { code: 'C-NEW', unitCode: t, names: { vi: 'X' }, decisionNumber: '1', decisionDate: '2026-01-01', validFrom: '2026-01-01' } }),
  'GET /api/steering/committees/{code}': (t) => ({ method: 'GET', url: `/api/steering/committees/C-${t}` }),
  'PUT /api/steering/committees/{code}': (t) => ({ method: 'PUT', url: `/api/steering/committees/C-${t}`, payload: { names: { vi: 'X' }, decisionNumber: '1', decisionDate: '2026-01-01' } }),
  'POST /api/steering/committees/{code}/members': (t) => ({ method: 'POST', url: `/api/steering/committees/C-${t}/members`, payload: { username: 'commune', position: 'member' } }),
  'POST /api/steering/committees/{code}/members/{id}/end': (t) => ({ method: 'POST', url: `/api/steering/committees/C-${t}/members/${memberOn[t]}/end`, payload: { validTo: '2026-06-30' } }),
  'POST /api/steering/merges': (t) => ({ method: 'POST', url: '/api/steering/merges', payload: { fromCodes: [`C-${t}`], effectiveDate: '2026-07-01', into: { code: 'C-MERGED', unitCode: t, names: { vi: 'X' }, decisionNumber: '2', decisionDate: '2026-07-01' } } }),
  'GET /api/steering/committees/{code}/key-units/{year}': (t) => ({ method: 'GET', url: `/api/steering/committees/C-${t}/key-units/2026` }),
  'PUT /api/steering/committees/{code}/key-units/{year}': (t) => ({ method: 'PUT', url: `/api/steering/committees/C-${t}/key-units/2026`, payload: { units: [] } }),
  'GET /api/steering/followed': (t) => ({ method: 'GET', url: `/api/steering/followed?member=${t === OTHER ? 'other-commune' : 'department'}` }),
  'POST /api/reporting/rounds': (t) => ({ method: 'POST', url: '/api/reporting/rounds', payload: { code: 'RP-X', names: { vi: 'X' }, kind: 'year', period: '2026', ownerUnitCode: t, asked: { kind: 'list', unitCodes: [t] }, deadline: '2026-12-31', cutoffDate: '2026-12-31' } }),
  'GET /api/reporting/units/{unit}/latest': (t) => ({ method: 'GET', url: `/api/reporting/units/${enc(t)}/latest` }),
  // RP-ACCESS is the province's round asking H99.02 and the other commune: its round-wide routes are the owner's and the asked units'.
  'GET /api/reporting/rounds/{code}': () => ({ method: 'GET', url: '/api/reporting/rounds/RP-ACCESS' }),
  'PATCH /api/reporting/rounds/{code}': () => ({ method: 'PATCH', url: '/api/reporting/rounds/RP-ACCESS', payload: { deadline: '2026-12-30' } }),
  'GET /api/reporting/rounds/{code}/status': () => ({ method: 'GET', url: '/api/reporting/rounds/RP-ACCESS/status' }),
  'GET /api/reporting/rounds/{code}/status.xlsx': () => ({ method: 'GET', url: '/api/reporting/rounds/RP-ACCESS/status.xlsx' }),
  'GET /api/reporting/rounds/{code}/submissions/{unit}': (t) => ({ method: 'GET', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}` }),
  'PUT /api/reporting/rounds/{code}/submissions/{unit}': (t) => ({ method: 'PUT', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}`, payload: { sections: { results: 'x' }, proposals: [] } }),
  'GET /api/reporting/rounds/{code}/submissions/{unit}/figures': (t) => ({ method: 'GET', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/figures` }),
  'POST /api/reporting/rounds/{code}/submissions/{unit}/submit': (t) => ({ method: 'POST', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/submit` }),
  'POST /api/reporting/rounds/{code}/submissions/{unit}/accept': (t) => ({ method: 'POST', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/accept` }),
  'POST /api/reporting/rounds/{code}/submissions/{unit}/return': (t) => ({ method: 'POST', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/return`, payload: { reason: 'x' } }),
  'POST /api/reporting/rounds/{code}/submissions/{unit}/attachments': (t) => ({ method: 'POST', ...multipartBody({}, [{ field: 'files', name: 'a.pdf', content: '%PDF-1.4' }]), url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/attachments` }),
  'GET /api/reporting/rounds/{code}/submissions/{unit}/attachments/{id}': (t) => ({ method: 'GET', url: `/api/reporting/rounds/RP-ACCESS/submissions/${enc(t)}/attachments/${attachmentOn[t]}` }),
  'POST /api/follow-ups': (t) => ({ method: 'POST', url: '/api/follow-ups', payload: { raisedOn: '2026-01-02', raisedByUnitCode: t, field: 'land', addressedToUnitCode: t, text: { vi: 'X' } } }),
  'GET /api/follow-ups/statistics': (t) => ({ method: 'GET', url: `/api/follow-ups/statistics?unit=${enc(t)}` }),
  'GET /api/follow-ups/statistics.xlsx': (t) => ({ method: 'GET', url: `/api/follow-ups/statistics.xlsx?unit=${enc(t)}` }),
  'GET /api/follow-ups/{code}': (t) => ({ method: 'GET', url: `/api/follow-ups/FU-${enc(t)}` }),
  'POST /api/follow-ups/{code}/assign': (t) => ({ method: 'POST', url: `/api/follow-ups/FU-${enc(t)}/assign`, payload: { responsibleUnitCode: t, deadline: '2026-12-31' } }),
  'POST /api/follow-ups/{code}/answer': (t) => ({ method: 'POST', url: `/api/follow-ups/FU-${enc(t)}/answer`, payload: { text: { vi: 'X' } } }),
  'POST /api/follow-ups/{code}/resolve': (t) => ({ method: 'POST', url: `/api/follow-ups/FU-${enc(t)}/resolve`, payload: {} }),
  'POST /api/follow-ups/{code}/decline': (t) => ({ method: 'POST', url: `/api/follow-ups/FU-${enc(t)}/decline`, payload: { reason: 'X' } }),
  'POST /api/follow-ups/{code}/escalate': (t) => ({ method: 'POST', url: `/api/follow-ups/FU-${enc(t)}/escalate`, payload: { toUnitCode: 'H99' } }),
  // The meeting M-<unit> is organised by the unit (and nobody else takes part); the inspection I-<unit> inspected it.
  'POST /api/meetings': (t) => ({ method: 'POST', url: '/api/meetings', payload: { code: 'M-NEW', kind: 'other', title: { vi: 'Họp' }, heldOn: '2026-03-01', organisingUnitCode: t } }),
  'GET /api/meetings/{code}': (t) => ({ method: 'GET', url: `/api/meetings/M-${enc(t)}` }),
  'POST /api/meetings/{code}/items': (t) => ({ method: 'POST', url: `/api/meetings/M-${enc(t)}/items`, payload: { raisedByUnitCode: t, field: 'land', text: { vi: 'x' } } }),
  'POST /api/meetings/{code}/conclusions': (t) => ({ method: 'POST', url: `/api/meetings/M-${enc(t)}/conclusions`, payload: { field: 'land', text: { vi: 'x' }, responsibleUnitCode: t, deadline: '2026-12-31' } }),
  'GET /api/meetings/{code}/notice.docx': (t) => ({ method: 'GET', url: `/api/meetings/M-${enc(t)}/notice.docx` }),
  'POST /api/inspections': (t) => ({ method: 'POST', url: '/api/inspections', payload: { code: 'I-NEW', body: { vi: 'x' }, decisionNo: '1', decisionDate: '2026-01-01', inspectedUnitCode: t, topics: ['par'], coveredFrom: '2025-01-01', coveredTo: '2025-12-31' } }),
  'GET /api/inspections/report': (t) => ({ method: 'GET', url: `/api/inspections/report?unit=${enc(t)}` }),
  'GET /api/inspections/{code}': (t) => ({ method: 'GET', url: `/api/inspections/I-${enc(t)}` }),
  'POST /api/inspections/{code}/findings': (t) => ({ method: 'POST', url: `/api/inspections/I-${enc(t)}/findings`, payload: { code: 'F9', topic: 'par', description: { vi: 'x' }, remedies: [{ text: { vi: 'x' }, deadline: '2026-12-31' }] } }),
  // The unit's position list (listOn), submitted; the categories of its country.
  'GET /api/position-categories': (t) => ({ method: 'GET', url: `/api/position-categories?unit=${enc(t)}` }),
  'PUT /api/position-categories/{code}': (t) => ({ method: 'PUT', url: '/api/position-categories/special', payload: { unitCode: t, names: { vi: 'X' }, position: 40 } }),
  'GET /api/position-lists': (t) => ({ method: 'GET', url: `/api/position-lists?unit=${enc(t)}` }),
  'POST /api/position-lists': (t) => ({ method: 'POST', url: '/api/position-lists', payload: { unitCode: t, positions: [] } }),
  'GET /api/position-lists/{id}': (t) => ({ method: 'GET', url: `/api/position-lists/${listOn[t]}` }),
  'PUT /api/position-lists/{id}': (t) => ({ method: 'PUT', url: `/api/position-lists/${listOn[t]}`, payload: { positions: [] } }),
  'POST /api/position-lists/{id}/submit': (t) => ({ method: 'POST', url: `/api/position-lists/${listOn[t]}/submit` }),
  'POST /api/position-lists/{id}/comments': (t) => ({ method: 'POST', url: `/api/position-lists/${listOn[t]}/comments`, payload: { text: 'x' } }),
  'POST /api/position-lists/{id}/review': (t) => ({ method: 'POST', url: `/api/position-lists/${listOn[t]}/review` }),
  'POST /api/position-lists/{id}/return': (t) => ({ method: 'POST', url: `/api/position-lists/${listOn[t]}/return`, payload: { reason: 'x' } }),
  'POST /api/position-lists/{id}/approve': (t) => ({ method: 'POST', ...multipartBody({ number: '1', date: '2026-03-01' }, [{ name: 'd.pdf', content: '%PDF-1.4' }]), url: `/api/position-lists/${listOn[t]}/approve` }),
  'GET /api/position-lists/{id}/decision': (t) => ({ method: 'GET', url: `/api/position-lists/${listOn[t]}/decision` }),
  'POST /api/position-lists/{id}/new-version': (t) => ({ method: 'POST', url: `/api/position-lists/${listOn[t]}/new-version` }),
  'PUT /api/position-lists/{id}/staffing': (t) => ({ method: 'PUT', url: `/api/position-lists/${listOn[t]}/staffing`, payload: { incumbents: [] } }),
  'GET /api/positions/progress': (t) => ({ method: 'GET', url: `/api/positions/progress?unit=${enc(t)}` }),
  'GET /api/positions/progress.xlsx': (t) => ({ method: 'GET', url: `/api/positions/progress.xlsx?unit=${enc(t)}` }),
  'GET /api/positions/progress.docx': (t) => ({ method: 'GET', url: `/api/positions/progress.docx?unit=${enc(t)}` }),
  'PUT /api/positions/deadline': (t) => ({ method: 'PUT', url: '/api/positions/deadline', payload: { unitCode: t, deadline: '2026-12-31' } }),
  'GET /api/positions/staffing': (t) => ({ method: 'GET', url: `/api/positions/staffing?unit=${enc(t)}` }),
  'PUT /api/positions/quotas': (t) => ({ method: 'PUT', url: '/api/positions/quotas', payload: { unitCode: t, year: 2026, quota: 10 } }),
  'GET /api/targets': (t) => ({ method: 'GET', url: `/api/targets?unit=${enc(t)}` }),
  'POST /api/targets': (t) => ({ method: 'POST', url: '/api/targets', payload: { unitCode: t, measure: 'within_statutory_rate', kind: 'at_least', value: 95, from: '2026-01-01', to: '2026-12-31', names: { vi: 'X' } } }),
  'GET /api/targets/status': (t) => ({ method: 'GET', url: `/api/targets/status?unit=${enc(t)}` }),
  'GET /api/targets/status.xlsx': (t) => ({ method: 'GET', url: `/api/targets/status.xlsx?unit=${enc(t)}` }),
  'PUT /api/questionnaires/{code}': (t) => ({ method: 'PUT', url: `/api/questionnaires/ACCESS-Q?owner=${enc(t)}`, payload: questionnaireAs('ACCESS-Q') }),
  'POST /api/questionnaires/import': (t) => ({ method: 'POST', ...multipartBody({}, [{ name: 'q.json', content: JSON.stringify(questionnaireAs('ACCESS-Q')) }]), url: `/api/questionnaires/import?owner=${enc(t)}` }),
  'POST /api/survey-waves': (t) => ({ method: 'POST', url: '/api/survey-waves', payload: { code: 'W-ACCESS', names: { vi: 'X' }, questionnaireCode: 'SIPAS-ONE-STOP-EXAMPLE', unitCode: t, from: '2026-01-01', to: '2026-12-31', population: { source: 'typed', units: [{ unitCode: t, population: 100 }] } } }),
  // The standing's unit is checked first (assessments.manage there), whatever the wave.
  'POST /api/survey-waves/{code}/record-standing': (t) => ({ method: 'POST', url: '/api/survey-waves/W-ACCESS/record-standing', payload: { unitCode: t, year: 2026 } }),
  // A unit out of scope is refused before the wave is looked at (a wave with none of the caller's units is 404: survey-tokens.test.ts, survey-samples.test.ts).
  'POST /api/survey-waves/{code}/tokens': (t) => ({ method: 'POST', url: '/api/survey-waves/W-ACCESS-READ/tokens', payload: { unitCode: t, count: 1 } }),
  'GET /api/survey-waves/{code}/sample': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/sample?unit=${enc(t)}` }),
  'GET /api/survey-waves/{code}/sample.csv': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/sample.csv?unit=${enc(t)}` }),
  // W-ACCESS-READ asks both units (made in beforeAll): a unit of it out of the reader's scope is refused, as by the results route
  'GET /api/survey-waves/{code}/trend': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/trend?unit=${enc(t)}` }),
  'GET /api/survey-waves/{code}/comparison': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/comparison?unit=${enc(t)}` }),
  'GET /api/survey-waves/{code}/waves-comparison': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/waves-comparison?unit=${enc(t)}` }),
  'GET /api/survey-waves/{code}/results/export': (t) => ({ method: 'GET', url: `/api/survey-waves/W-ACCESS-READ/results/export?format=docx&unit=${enc(t)}` }),
};
/** the seat of the one member of each unit's committee C-<code> */
const memberOn: Record<string, number> = {};
/** user ids by the unit they are granted on, filled in beforeAll */
const userOn: Record<string, number> = {};
/** a task owned by the unit (in a plan of that unit, P-<code>), and one of its evidence files */
const taskOn: Record<string, number> = {};
const evidenceOn: Record<string, number> = {};
/** the unit's position list, submitted */
const listOn: Record<string, number> = {};
const publicationOn: Record<string, number> = {};
/** a file attached to the unit's report in RP-ACCESS */
const attachmentOn: Record<string, number> = {};
/** Routes that touch no single unit: what an outsider gets instead of 403 is stated here. */
const NOT_UNIT_SCOPED: Record<string, string> = {
  'GET /health': 'public: liveness, no data',
  'GET /ready': 'public: readiness (database, migrations, stopping), no data',
  'GET /api/session': 'public: answers who is signed in',
  'POST /api/session': 'public: sign-in',
  'DELETE /api/session': 'the caller’s own session',
  'PATCH /api/me/preferences': 'the caller’s own preferences',
  'GET /api/unit-kinds': 'reference list, no unit data',
  'GET /api/unit-groups': 'reference list, no unit data',
  'GET /api/units/export': 'filtered by scope: tested below',
  'GET /api/audit': 'administrators only: tested below',
  'GET /api/audit/verify': 'administrators only: tested below',
  'GET /api/jobs': 'background jobs: jobs.manage system-wide, administrators only (jobs.test.ts)',
  'POST /api/jobs/{kind}/run': 'background jobs: jobs.manage system-wide, administrators only, audited (jobs.test.ts)',
  'GET /api/database-status': 'the database (primary, migrations, replica lag), no unit data: jobs.manage system-wide, administrators only (database-status.test.ts)',
  'GET /api/tokens': 'filtered by scope',
  'GET /api/users': 'filtered by scope: tested below',
  'GET /api/notifications': 'the caller’s own reminders (reminders.test.ts)',
  'GET /api/procedures': 'the national catalogue, no unit data',
  'GET /api/consolidated/issued': 'filtered by scope (consolidated.test.ts)',
  'GET /api/consolidated/issued/{id}': 'an issued report of a unit out of scope: 403 (consolidated.test.ts)',
  'GET /api/consolidated/issued/{id}/differences': 'an issued report of a unit out of scope: 403 (consolidated.test.ts)',
  'GET /api/consolidated/issued/{id}/export': 'an issued report of a unit out of scope: 403 (consolidated.test.ts)',
  'GET /api/rounds/{code}/export': 'the same visibility as GET /api/rounds/{code}/results (rounds.test.ts)',
  'GET /api/rounds': 'round metadata only (codes, years, deadlines), no unit data',
  'GET /api/external-indices': 'the list of external indices, no unit data',
  'PUT /api/external-indices/{code}': 'shared reference data: system-wide managers only',
  'POST /api/standings/import': 'rows of units out of scope are row errors, nothing written (standings.test.ts)',
  'GET /api/frameworks': 'index frameworks are shared reference data, no unit data',
  'GET /api/rounds/{code}/results': 'a finalised round is public to every reader; before, managers and appraisers only (rounds.test.ts)',
  'POST /api/rounds/{code}/survey': 'rows of units out of scope are row errors, nothing written (rounds.test.ts)',
  'POST /api/rounds/{code}/compute': 'needs assessments.manage on every unit of the round (rounds.test.ts)',
  'POST /api/rounds/{code}/survey-from-wave': 'needs assessments.manage on every unit of the round, nothing written otherwise (surveys.test.ts)',
  'POST /api/rounds/{code}/finalize': 'needs assessments.manage on every unit of the round (rounds.test.ts)',
  'POST /api/rounds/{code}/reopen': 'needs assessments.manage on every unit of the round (rounds.test.ts)',
  'GET /api/frameworks/{code}/export.xlsx': 'index frameworks are shared reference data, no unit data',
  'POST /api/frameworks/import': 'shared reference data: system-wide managers only (frameworks.test.ts)',
  'GET /api/frameworks/{code}': 'index frameworks are shared reference data, no unit data',
  'PUT /api/frameworks/{code}': 'shared reference data: system-wide managers only (frameworks.test.ts)',
  'POST /api/frameworks/{code}/versions': 'shared reference data: system-wide managers only (frameworks.test.ts)',
  'POST /api/dossiers/import': 'rows of units out of scope are row errors (unit_out_of_scope), nothing written (dossiers.test.ts)',
  'POST /api/service-index/counts/import': 'rows of units out of scope are row errors (unit_out_of_scope), nothing written (service-index.test.ts)',
  'POST /api/procedures/import': 'the national catalogue: system-wide managers only (procedures.test.ts)',
  'GET /api/procedures/{code}/fees': 'the dated fees of a procedure of the national catalogue, no unit data',
  'POST /api/procedures/fees/import': 'the fees of the national catalogue: system-wide managers only (fees.test.ts)',
  'POST /api/notifications/{id}/read': 'the caller’s own reminders; another user’s answers 404 (reminders.test.ts)',
  'GET /api/plans': 'filtered by scope: tested below',
  'GET /api/tasks': 'filtered by scope: tested below',
  'GET /api/task-statistics': 'counts only tasks in scope: tested below',
  'GET /api/tasks/export': 'the same rows as GET /api/tasks: filtered by scope, tested below',
  'GET /api/task-statistics/export': 'the same figures as GET /api/task-statistics, tested below',
  'PUT /api/unit-kinds/{code}': 'the system-wide kinds list: administrators of the whole system only, tested below',
  'PUT /api/unit-groups/{code}': 'the system-wide groups list: administrators of the whole system only, tested below',
  'DELETE /api/tokens/{id}': 'checked on the token’s unit: tested below',
  'GET /api/steering/committees': 'filtered by scope (steering.test.ts)',
  'GET /api/reporting/rounds': 'filtered by scope: the rounds of the reader’s owner unit or asked units (reporting.test.ts)',
  'GET /api/follow-ups': 'filtered by scope (follow-ups.test.ts)',
  'GET /api/follow-ups/of-task/{taskId}': 'filtered by scope (follow-ups.test.ts)',
  'GET /api/follow-ups/fields': 'the shared field list, no unit data',
  'PUT /api/follow-ups/fields/{code}': 'the shared field list: followups.manage (secretariats, administrators), audited',
  'GET /api/meetings': 'filtered by scope: meetings the reader’s units organised or took part in (meetings.test.ts)',
  'GET /api/inspections': 'filtered by scope: inspections of units in scope (inspections.test.ts)',
  'GET /api/inspection-topics': 'reference list, no unit data',
  'PUT /api/inspection-topics/{code}': 'the system-wide topic list: system-wide managers only (inspections.test.ts)',
  'GET /api/calendar/{country}/days': 'the calendar of working days: public law, no unit data',
  'PUT /api/calendar/{country}/days/{date}': 'the calendar of working days: calendar.manage system-wide, administrators only (calendar.test.ts)',
  'DELETE /api/calendar/{country}/days/{date}': 'the calendar of working days: calendar.manage system-wide, administrators only (calendar.test.ts)',
  'PUT /api/targets/{id}': 'a target of a unit out of scope: 404, as one that does not exist (targets.test.ts)',
  'DELETE /api/targets/{id}': 'a target of a unit out of scope: 404, as one that does not exist (targets.test.ts)',
  'GET /api/questionnaires': 'questionnaires are methods, not results: every reader of surveys reads them',
  'GET /api/questionnaires/{code}': 'questionnaires are methods, not results: every reader of surveys reads them',
  'GET /api/questionnaires/{code}/export.xlsx': 'questionnaires are methods, not results: every reader of surveys exports them (questionnaire-files.test.ts)',
  'GET /api/survey-waves': 'filtered by scope: the waves of the reader’s units, with those units only (surveys.test.ts)',
  'GET /api/survey-waves/{code}': 'a wave with none of the reader’s units is 404, one with some shows those only (surveys.test.ts)',
  'GET /api/survey-waves/{code}/results': 'a wave out of scope is 404, a unit out of scope 403 (surveys.test.ts)',
  'POST /api/survey-waves/{code}/responses': 'surveys.enter on the unit entered: 403 for another unit (surveys.test.ts)',
  'GET /api/publications': 'filtered by scope: the publications of units the reader manages publication for',
  'GET /api/open-data/settings': 'the open data’s terms (licence, publisher), no unit data',
  'PUT /api/open-data/settings': 'the open data’s terms: system-wide managers only, administrators (public-data.test.ts)',
  'GET /api/public/catalogue.json': 'public: what the secretariat published, nothing else (public-data.test.ts, public-crawl.test.ts)',
  'GET /api/public/{dataset}/{file}': 'public: a published dataset; anything unpublished is 404 (public-data.test.ts, public-crawl.test.ts)',
  'GET /api/public/surveys/{link}': 'public: one unit’s form, reached by its unguessable link; no respondent data',
  'POST /api/public/surveys/{link}': 'public: a respondent’s submission; nothing about the respondent is stored',
};

/** A POST of a multipart form (fields and an optional CSV file named u.csv). */
function multipart(csv: string | null, fields: Record<string, string> = {}): InjectOptions {
  return { method: 'POST', ...multipartBody(fields, csv === null ? [] : [{ name: 'u.csv', content: csv }]) };
}

describeOnEachEngine('access control', (engine) => {
  let h: Harness;
  let commune: Session;
  let outsider: Session;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true, vietnam: true });
    // A secretariat with every unit permission, but on another province's subtree.
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'hp-secretariat', displayName: 'HP', password: 'password-123', grants: [{ role: 'secretariat', unitCode: '31' }] });
    await h.services.users.createUser(SYSTEM_ACTOR, { username: 'other-commune', displayName: 'OC', password: 'password-123', grants: [{ role: 'unit_officer', unitCode: OTHER }] });
    for (const u of (await h.services.accounts.list(SYSTEM_ACTOR))) if (u.grants[0]?.unitCode) userOn[u.grants[0].unitCode] ??= u.id;
    for (const unit of ['H99.02', OTHER]) {
      await h.services.tasks.plans.create(SYSTEM_ACTOR, { code: `P-${unit}`, title: { vi: 'Kế hoạch' }, kind: 'provincial_plan', unitCode: unit, year: 2026, periodFrom: null, periodTo: null, issuingBody: '', documentNumber: '', documentDate: null });
      const t = await h.services.tasks.tasks.create(SYSTEM_ACTOR, `P-${unit}`, { code: 'T1', title: { vi: 'Nhiệm vụ' }, description: {}, area: 'other', ownerUnitCode: unit, cooperatingUnitCodes: [], supervisor: null, key: false, startDate: '2026-01-01', deadline: '2026-12-31', expectedOutput: '' });
      await h.services.tasks.updates.reportCompletion(SYSTEM_ACTOR, t.id, { completedOn: '2026-01-05', note: '' }, [{ fileName: 'bien-ban.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 secret of ' + unit) }]);
      taskOn[unit] = t.id;
      evidenceOn[unit] = (await h.services.tasks.updates.history(SYSTEM_ACTOR, t.id)).flatMap((u) => u.evidence)[0]!.id;
    }
    for (const [unit, member] of [['H99.02', 'department'], [OTHER, 'other-commune']] as const) {
      const c = await h.services.steering.committees.create(SYSTEM_ACTOR, { code: `C-${unit}`, unitCode: unit, names: { vi: 'Ban' }, decisionNumber: '1', decisionDate: '2026-01-01', validFrom: '2026-01-01', members: [{ username: member, position: 'chair' }] });
      memberOn[unit] = c.members[0]!.id;
    }
    await h.services.rounds.create(SYSTEM_ACTOR, { code: 'R-ACCESS', year: 2026, frameworkCode: 'INTERNAL-DEPARTMENT-EXAMPLE', groupCode: 'provincial_departments', unitCodes: ['H99.02', OTHER], selfAssessmentDeadline: null, appraisalDeadline: null, cutoffDate: '2026-12-31', previousRoundCode: null, bands: [] });
    await h.services.reporting.create(SYSTEM_ACTOR, { code: 'RP-ACCESS', names: { vi: 'Báo cáo' }, kind: 'year', period: '2026', ownerUnitCode: 'H99', asked: { kind: 'list', unitCodes: ['H99.02', OTHER] }, deadline: '2026-12-31', cutoffDate: '2026-12-31', sections: [] });
    for (const unit of ['H99.02', OTHER]) {
      await h.services.reporting.addAttachments(SYSTEM_ACTOR, 'RP-ACCESS', unit, [{ fileName: 'bao-cao.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4 report of ' + unit) }]);
      attachmentOn[unit] = (await h.services.reporting.submission(SYSTEM_ACTOR, 'RP-ACCESS', unit)).attachments[0]!.id;
    }
    await h.services.reporting.submit(SYSTEM_ACTOR, 'RP-ACCESS', OTHER);
    await h.services.surveys.waves.create(SYSTEM_ACTOR, { code: 'W-ACCESS-READ', names: { vi: 'Khảo sát' }, questionnaireCode: 'SIPAS-ONE-STOP-EXAMPLE', unitCode: 'H99', from: '2026-01-01', to: '2026-12-31', design: 'per_unit', margin: 0.05, tokenRequired: false, population: { source: 'typed', units: [{ unitCode: 'H99.02', population: 100 }, { unitCode: OTHER, population: 100 }] } });
    for (const unit of ['H99.02', OTHER]) {
      const id = await h.services.units.idOf(unit);
      await inTransaction(h.services.database.db, (tx) => h.services.followUps.raise(tx, SYSTEM_ACTOR, { code: `FU-${unit}`, source: { kind: 'direct', id: null, ref: null }, kind: 'difficulty', raisedOn: '2026-01-02', raisedByUnitId: id, raiserTitle: null, field: 'land', addressedToUnitId: id, text: { vi: 'Vướng mắc' } }));
      await h.services.meetings.create(SYSTEM_ACTOR, { code: `M-${unit}`, kind: 'other', title: { vi: 'Họp của Sở Nội vụ' }, heldOn: '2026-03-01', organisingUnitCode: unit, committeeCode: null, number: null, chairTitle: {}, chairName: 'Trần Bí Mật', participants: null, participatingUnitCodes: [], agenda: {}, noticeNo: null });
      await h.services.inspections.create(SYSTEM_ACTOR, { code: `I-${unit}`, body: { vi: 'Thanh tra' }, decisionNo: '1', decisionDate: '2026-01-01', inspectedUnitCode: unit, topics: ['par'], coveredFrom: '2025-01-01', coveredTo: '2025-12-31', conclusionNo: null, conclusionDate: null });
      const list = await h.services.positions.lists.createList(SYSTEM_ACTOR, { unitCode: unit, positions: [{ code: 'P1', title: { vi: 'Chuyên viên Sở Nội vụ' }, category: 'professional', grade: '', posts: 2, duties: {}, qualifications: {} }] });
      listOn[unit] = (await h.services.positions.lists.submit(SYSTEM_ACTOR, list.id)).id;
      publicationOn[unit] = (await h.services.publication.publish(SYSTEM_ACTOR, { kind: 'standings', subject: unit })).id;
    }
    commune = await signIn(h.app, 'commune');
    outsider = await signIn(h.app, 'hp-secretariat', 'password-123');
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  const send = (s: Session, o: InjectOptions) => h.app.inject({ ...o, headers: { ...as(s), ...(o.headers ?? {}) } });

  it('covers every route of the API in this test', async () => {
    const doc = (await h.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const uncovered = operations.filter((op) => !(op in OUT_OF_SCOPE) && !(op in NOT_UNIT_SCOPED));
    expect(uncovered).toEqual([]);
    expect(operations.length).toBeGreaterThan(15);
  });

  it.each(Object.keys(OUT_OF_SCOPE))('%s: 403 for a secretariat of another province, and nothing written', async (op) => {
    const res = await send(outsider, OUT_OF_SCOPE[op]!('H99.02'));
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().code).toBe('forbidden');
    expect(res.body).not.toContain('Sở Nội vụ');
  });

  it.each(Object.keys(OUT_OF_SCOPE))('%s: 403 for a commune officer reaching another commune', async (op) => {
    const res = await send(commune, OUT_OF_SCOPE[op]!(OTHER));
    expect(res.statusCode, res.body).toBe(403);
  });

  it('lets the commune officer read its own commune but see no other unit in any list', async () => {
    expect((await send(commune, { method: 'GET', url: `/api/units/${MINE}` })).statusCode).toBe(200);
    for (const asOf of ['2024-01-01', '2026-01-01']) {
      const list = (await send(commune, { method: 'GET', url: `/api/units?asOf=${asOf}` })).json() as UnitListResponse;
      expect(list.units.every((u) => u.code === MINE || u.code.startsWith(`${MINE}.`))).toBe(true);
    }
    const csv = (await send(commune, { method: 'GET', url: '/api/units/export?asOf=2026-01-01' })).body;
    expect(csv).toContain(MINE);
    expect(csv).not.toContain(OTHER);
  });

  it('lists only plans, tasks and statistics in scope', async () => {
    const tasks = (await send(commune, { method: 'GET', url: '/api/tasks' })).json() as { tasks: { ownerUnitCode: string; planCode: string }[] };
    expect(tasks.tasks.length).toBeGreaterThan(0);
    expect(tasks.tasks.every((t) => t.ownerUnitCode === MINE)).toBe(true);
    const plans = (await send(commune, { method: 'GET', url: '/api/plans' })).json() as { plans: { code: string }[] };
    expect(plans.plans.map((p) => p.code)).not.toContain(`P-${OTHER}`);
    const stats = (await send(commune, { method: 'GET', url: '/api/task-statistics' })).json() as { statistics: { total: number }; byUnit: { unitCode: string }[] };
    expect(stats.statistics.total).toBe(tasks.tasks.length);
    expect(stats.byUnit.map((u) => u.unitCode)).toEqual([MINE]);
    const outside = (await send(outsider, { method: 'GET', url: '/api/tasks' })).json() as { tasks: unknown[] };
    expect(outside.tasks).toEqual([]);
    const csv = (await send(commune, { method: 'GET', url: '/api/tasks/export?format=csv' })).body;
    expect(csv.trim().split('\n')).toHaveLength(tasks.tasks.length + 1);
    expect(csv).not.toContain(OTHER);
    const statsCsv = (await send(commune, { method: 'GET', url: '/api/task-statistics/export?format=csv' })).body;
    expect(statsCsv).toContain(MINE);
    expect(statsCsv).not.toContain('H99.02');
  });

  it('keeps the audit log and token management to administrators', async () => {
    for (const url of ['/api/audit', '/api/audit/verify', '/api/tokens']) {
      expect((await send(commune, { method: 'GET', url })).statusCode).toBe(403);
      expect((await send(outsider, { method: 'GET', url })).statusCode).toBe(403);
      expect((await send(admin, { method: 'GET', url })).statusCode).toBe(200);
    }
  });

  it('keeps the kinds and groups lists to administrators of the whole system', async () => {
    const kind = { method: 'PUT' as const, url: '/api/unit-kinds/village', payload: { tier: 'commune', names: { vi: 'Thôn', lo: 'ບ້ານ' }, sortOrder: 55 } };
    const group = { method: 'PUT' as const, url: '/api/unit-groups/villages', payload: { names: { vi: 'Thôn' } } };
    for (const s of [commune, outsider]) {
      expect((await send(s, kind)).statusCode).toBe(403);
      expect((await send(s, group)).statusCode).toBe(403);
    }
    expect((await send(admin, kind)).statusCode).toBe(200);
    expect((await send(admin, group)).statusCode).toBe(200);
    const kinds = (await send(commune, { method: 'GET', url: '/api/unit-kinds' })).json() as { kinds: { code: string }[] };
    expect(kinds.kinds.map((k) => k.code)).toContain('village');
  });

  it('lists only the accounts an administrator may manage', async () => {
    const provinceAdmin = await h.services.users.createUser(SYSTEM_ACTOR, { username: 'h99-admin', displayName: 'A', password: 'password-123', grants: [{ role: 'administrator', unitCode: 'H99' }] });
    expect(provinceAdmin).toBeGreaterThan(0);
    const s = await signIn(h.app, 'h99-admin', 'password-123');
    const names = ((await send(s, { method: 'GET', url: '/api/users' })).json() as { users: { username: string }[] }).users.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['commune', 'department', 'secretariat']));
    expect(names).not.toContain('admin');
    expect(names).not.toContain('hp-secretariat');
    const promote = await send(s, { method: 'PATCH', url: `/api/users/${userOn[MINE]}`, payload: { grants: [{ role: 'administrator', unitCode: null }] } });
    expect(promote.statusCode).toBe(403);
  });

  it('answers 401 without a session and 403 on a write without the CSRF token', async () => {
    expect((await h.app.inject({ method: 'GET', url: '/api/units' })).statusCode).toBe(401);
    const noCsrf = await h.app.inject({ method: 'POST', url: '/api/units/H99.02/changes', headers: { cookie: admin.cookie }, payload: { kind: 'rename', effectiveDate: '2026-05-01', names: { vi: 'X' } } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe('csrf_failed');
  });

  it('scopes API tokens to their subtree and permissions, shows the secret once, and honours revocation', async () => {
    const created = await send(admin, { method: 'POST', url: '/api/tokens', payload: { name: 'one-stop', unitCode: MINE, permissions: ['units.read'] } });
    expect(created.statusCode, created.body).toBe(200);
    const { secret, token } = created.json() as { secret: string; token: { id: number } };
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await h.app.inject({ method: 'GET', url: `/api/units/${MINE}`, headers: bearer })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: `/api/units/${OTHER}`, headers: bearer })).statusCode).toBe(403);
    expect((await h.app.inject({ method: 'POST', url: `/api/units/${MINE}/changes`, headers: bearer, payload: { kind: 'rename', effectiveDate: '2026-05-01', names: { vi: 'X' } } })).statusCode).toBe(403);
    const listed = (await send(admin, { method: 'GET', url: '/api/tokens' })).body;
    expect(listed).not.toContain(secret);
    expect((await send(commune, { method: 'DELETE', url: `/api/tokens/${token.id}` })).statusCode).toBe(403);
    expect((await send(admin, { method: 'DELETE', url: `/api/tokens/${token.id}` })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: `/api/units/${MINE}`, headers: bearer })).statusCode).toBe(401);
  });

  it('refuses a token wider than its creator', async () => {
    const res = await send(outsider, { method: 'POST', url: '/api/tokens', payload: { name: 'x', unitCode: '31', permissions: ['units.read'] } });
    expect(res.statusCode).toBe(403);
  });

  it('rate-limits sign-in attempts (the limits themselves: security.test.ts)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'leader', password: 'wrong' } })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('sends security headers and never leaks internals in errors', async () => {
    const res = await h.app.inject({ method: 'GET', url: '/api/units/NO-SUCH', headers: as(admin) });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });
});
