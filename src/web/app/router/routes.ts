/** Every client-side route of the web app, and the functions that build their URLs. */
export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'units' }
  | { name: 'apparatus' }
  | { name: 'unit'; code: string }
  | { name: 'audit' }
  | { name: 'jobs' }
  | { name: 'tokens' }
  | { name: 'publication' }
  | { name: 'users' }
  | { name: 'kinds' }
  | { name: 'settings' }
  | { name: 'dashboard' }
  | { name: 'plans' }
  | { name: 'plan'; code: string }
  | { name: 'tasks' }
  | { name: 'task'; id: number }
  | { name: 'dossiers' }
  | { name: 'dossierImport' }
  | { name: 'procedureTimes' }
  | { name: 'targets' }
  | { name: 'dossierOfficials' }
  | { name: 'procedures' }
  | { name: 'serviceIndex' }
  | { name: 'consolidated' }
  | { name: 'assessments' }
  | { name: 'frameworks' }
  | { name: 'framework'; code: string }
  | { name: 'frameworkEdit'; code: string }
  | { name: 'round'; code: string }
  | { name: 'roundUnit'; code: string; unit: string }
  | { name: 'selfAssessment'; code: string; unit: string; mode: 'self' | 'appraise' }
  /** a unit's profile on published indices; without a unit, the reader's own */
  | { name: 'standingsProfile'; unit: string | null }
  | { name: 'steering' }
  | { name: 'committee'; code: string }
  | { name: 'followed' }
  | { name: 'reporting' }
  | { name: 'reportingRound'; code: string }
  | { name: 'reportingSubmission'; code: string; unit: string }
  | { name: 'followUps' }
  | { name: 'followUpStatistics' }
  | { name: 'followUp'; code: string }
  | { name: 'meetings' }
  | { name: 'meeting'; code: string }
  | { name: 'inspections' }
  | { name: 'inspection'; code: string }
  | { name: 'positions' }
  | { name: 'positionList'; id: number }
  | { name: 'surveys' }
  | { name: 'surveyWave'; code: string }
  | { name: 'notFound' };

export function matchRoute(pathname: string): Route {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  switch (path) {
    case '/':
      return { name: 'home' };
    case '/sign-in':
      return { name: 'signIn' };
    case '/units':
      return { name: 'units' };
    case '/apparatus':
      return { name: 'apparatus' };
    case '/admin/audit':
      return { name: 'audit' };
    case '/admin/jobs':
      return { name: 'jobs' };
    case '/admin/tokens':
      return { name: 'tokens' };
    case '/publication':
      return { name: 'publication' };
    case '/admin/users':
      return { name: 'users' };
    case '/admin/kinds':
      return { name: 'kinds' };
    case '/settings':
      return { name: 'settings' };
    case '/dashboard':
      return { name: 'dashboard' };
    case '/plans':
      return { name: 'plans' };
    case '/tasks':
      return { name: 'tasks' };
    case '/dossiers':
      return { name: 'dossiers' };
    case '/dossiers/import':
      return { name: 'dossierImport' };
    case '/dossiers/times':
      return { name: 'procedureTimes' };
    case '/dossiers/targets':
      return { name: 'targets' };
    case '/dossiers/officials':
      return { name: 'dossierOfficials' };
    case '/dossiers/procedures':
      return { name: 'procedures' };
    case '/service-index':
      return { name: 'serviceIndex' };
    case '/consolidated':
      return { name: 'consolidated' };
    case '/assessments':
      return { name: 'assessments' };
    case '/assessments/frameworks':
      return { name: 'frameworks' };
    case '/assessments/standings':
      return { name: 'standingsProfile', unit: null };
    case '/reporting':
      return { name: 'reporting' };
    case '/meetings':
      return { name: 'meetings' };
    case '/inspections':
      return { name: 'inspections' };
    case '/positions':
      return { name: 'positions' };
    case '/surveys':
      return { name: 'surveys' };
    case '/steering':
      return { name: 'steering' };
    case '/steering/followed':
      return { name: 'followed' };
    case '/follow-ups':
      return { name: 'followUps' };
    case '/follow-ups/statistics':
      return { name: 'followUpStatistics' };
  }
  const followUp = /^\/follow-ups\/([^/]+)$/.exec(path);
  if (followUp?.[1]) {
    const code = segment(followUp[1]);
    return code ? { name: 'followUp', code } : { name: 'notFound' };
  }
  const committee = /^\/steering\/committees\/([^/]+)$/.exec(path);
  if (committee?.[1]) {
    const code = segment(committee[1]);
    return code ? { name: 'committee', code } : { name: 'notFound' };
  }
  const assessment = matchAssessmentRoute(path);
  if (assessment) return assessment;
  const reporting = matchReportingRoute(path);
  if (reporting) return reporting;
  const register = /^\/(meetings|inspections)\/([^/]+)$/.exec(path);
  if (register?.[2]) {
    const code = segment(register[2]);
    if (!code) return { name: 'notFound' };
    return register[1] === 'meetings' ? { name: 'meeting', code } : { name: 'inspection', code };
  }
  const wave = /^\/surveys\/waves\/([^/]+)$/.exec(path);
  if (wave?.[1]) {
    const code = segment(wave[1]);
    return code ? { name: 'surveyWave', code } : { name: 'notFound' };
  }
  const positionList = /^\/positions\/lists\/(\d{1,15})$/.exec(path);
  if (positionList?.[1]) return { name: 'positionList', id: Number(positionList[1]) };
  const task = /^\/tasks\/(\d{1,15})$/.exec(path);
  if (task?.[1]) return { name: 'task', id: Number(task[1]) };
  // Plan codes, like unit codes, may contain '/': the segment is the encodeURIComponent'ed code.
  const plan = /^\/plans\/(.+)$/.exec(path);
  if (plan?.[1]) {
    try {
      return { name: 'plan', code: decodeURIComponent(plan[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  // Unit codes may contain '/', '.', '-': the path segment is the encodeURIComponent'ed code.
  const unit = /^\/units\/(.+)$/.exec(path);
  if (unit?.[1]) {
    try {
      return { name: 'unit', code: decodeURIComponent(unit[1]) };
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** Decodes one encodeURIComponent'ed path segment; null when it is not valid. */
function segment(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * /assessments/frameworks/{code}, …/edit, /assessments/rounds/{code}, …/units/{unit}, …/units/{unit}/self
 * and …/appraise, /assessments/standings/{unit}. Round and unit codes are single encoded segments (a unit code may hold '/').
 */
function matchAssessmentRoute(path: string): Route | null {
  const profile = /^\/assessments\/standings\/([^/]+)$/.exec(path);
  if (profile?.[1]) {
    const unit = segment(profile[1]);
    return unit ? { name: 'standingsProfile', unit } : { name: 'notFound' };
  }
  const framework = /^\/assessments\/frameworks\/([^/]+)(\/edit)?$/.exec(path);
  if (framework?.[1]) {
    const code = segment(framework[1]);
    if (!code) return { name: 'notFound' };
    return framework[2] ? { name: 'frameworkEdit', code } : { name: 'framework', code };
  }
  const round = /^\/assessments\/rounds\/([^/]+)(?:\/units\/([^/]+)(?:\/(self|appraise))?)?$/.exec(path);
  if (!round?.[1]) return null;
  const code = segment(round[1]);
  const unit = round[2] === undefined ? undefined : segment(round[2]);
  if (!code || unit === null) return { name: 'notFound' };
  if (unit === undefined) return { name: 'round', code };
  const mode = round[3];
  return mode === 'self' || mode === 'appraise' ? { name: 'selfAssessment', code, unit, mode } : { name: 'roundUnit', code, unit };
}

/** /reporting/rounds/{code} and …/units/{unit}: each code one encoded segment (a unit code may hold '/'). */
function matchReportingRoute(path: string): Route | null {
  const round = /^\/reporting\/rounds\/([^/]+)(?:\/units\/([^/]+))?$/.exec(path);
  if (!round?.[1]) return null;
  const code = segment(round[1]);
  const unit = round[2] === undefined ? undefined : segment(round[2]);
  if (!code || unit === null) return { name: 'notFound' };
  return unit === undefined ? { name: 'reportingRound', code } : { name: 'reportingSubmission', code, unit };
}

/** Where a signed-in user lands: the task dashboard for whoever may read tasks, else the organisation. */
export function landingPath(permissions: readonly string[]): string {
  return permissions.includes('tasks.read') ? paths.dashboard() : paths.units();
}

function withAsOf(path: string, asOf?: string | null): string {
  return asOf ? `${path}?asOf=${encodeURIComponent(asOf)}` : path;
}

/** The round compared with (year over year), kept in the URL from the league table to a unit's page. */
function withCompare(path: string, compare?: string | null): string {
  return compare ? `${path}?compare=${encodeURIComponent(compare)}` : path;
}

export const paths = {
  signIn: (next?: string) => (next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  units: (asOf?: string | null) => withAsOf('/units', asOf),
  unit: (code: string, asOf?: string | null) => withAsOf(`/units/${encodeURIComponent(code)}`, asOf),
  apparatus: () => '/apparatus',
  audit: () => '/admin/audit',
  jobs: () => '/admin/jobs',
  tokens: () => '/admin/tokens',
  publication: () => '/publication',
  users: () => '/admin/users',
  kinds: () => '/admin/kinds',
  settings: () => '/settings',
  dashboard: () => '/dashboard',
  plans: () => '/plans',
  plan: (code: string) => `/plans/${encodeURIComponent(code)}`,
  tasks: (query = '') => (query ? `/tasks?${query}` : '/tasks'),
  task: (id: number) => `/tasks/${id}`,
  dossiers: (query = '') => (query ? `/dossiers?${query}` : '/dossiers'),
  dossierImport: () => '/dossiers/import',
  procedureTimes: (query = '') => (query ? `/dossiers/times?${query}` : '/dossiers/times'),
  targets: (query = '') => (query ? `/dossiers/targets?${query}` : '/dossiers/targets'),
  dossierOfficials: (query = '') => (query ? `/dossiers/officials?${query}` : '/dossiers/officials'),
  procedures: () => '/dossiers/procedures',
  serviceIndex: (query = '') => (query ? `/service-index?${query}` : '/service-index'),
  consolidated: (query = '') => (query ? `/consolidated?${query}` : '/consolidated'),
  assessments: () => '/assessments',
  frameworks: () => '/assessments/frameworks',
  framework: (code: string, version?: number | null) => `/assessments/frameworks/${encodeURIComponent(code)}${version ? `?version=${version}` : ''}`,
  frameworkEdit: (code: string) => `/assessments/frameworks/${encodeURIComponent(code)}/edit`,
  round: (code: string, compare?: string | null) => withCompare(`/assessments/rounds/${encodeURIComponent(code)}`, compare),
  roundUnit: (code: string, unit: string, compare?: string | null) => withCompare(`/assessments/rounds/${encodeURIComponent(code)}/units/${encodeURIComponent(unit)}`, compare),
  selfAssessment: (code: string, unit: string, mode: 'self' | 'appraise' = 'self') => `/assessments/rounds/${encodeURIComponent(code)}/units/${encodeURIComponent(unit)}/${mode}`,
  /** a unit's profile on published indices (the reader's own without one), the peers compared kept in the URL */
  standingsProfile: (unit?: string | null, peers: readonly string[] = []) =>
    `/assessments/standings${unit ? `/${encodeURIComponent(unit)}` : ''}${peers.length ? `?peers=${peers.map(encodeURIComponent).join(',')}` : ''}`,
  steering: () => '/steering',
  committee: (code: string) => `/steering/committees/${encodeURIComponent(code)}`,
  /** the reader's own followed units, or `member`'s */
  followed: (member?: string | null) => (member ? `/steering/followed?member=${encodeURIComponent(member)}` : '/steering/followed'),
  reporting: () => '/reporting',
  reportingRound: (code: string) => `/reporting/rounds/${encodeURIComponent(code)}`,
  reportingSubmission: (code: string, unit: string) => `/reporting/rounds/${encodeURIComponent(code)}/units/${encodeURIComponent(unit)}`,
  followUps: (query = '') => (query ? `/follow-ups?${query}` : '/follow-ups'),
  followUpStatistics: (query = '') => (query ? `/follow-ups/statistics?${query}` : '/follow-ups/statistics'),
  followUp: (code: string) => `/follow-ups/${encodeURIComponent(code)}`,
  meetings: () => '/meetings',
  meeting: (code: string) => `/meetings/${encodeURIComponent(code)}`,
  inspections: () => '/inspections',
  inspection: (code: string) => `/inspections/${encodeURIComponent(code)}`,
  positions: () => '/positions',
  positionList: (id: number) => `/positions/lists/${id}`,
  surveys: () => '/surveys',
  surveyWave: (code: string) => `/surveys/waves/${encodeURIComponent(code)}`,
};
