import { PERMISSIONS, type Permission, type Role } from '../contracts/auth.ts';

/**
 * What each role may do within the subtree it is granted on. Later features add their
 * permissions here (tasks, dossiers, assessments…); the policy module reads only this.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  secretariat: [
    'units.read', 'units.manage', 'tasks.read', 'tasks.manage', 'dossiers.read', 'dossiers.manage', 'assessments.read', 'assessments.manage', 'assessments.self_assess', 'assessments.appraise',
    'steering.read', 'steering.manage', 'reporting.read', 'reporting.submit', 'reporting.manage', 'followups.read', 'followups.raise', 'followups.manage', 'dossiers.officials',
    'positions.review',
    // the baselines and targets of procedure time and cost (issue 17)
    'targets.manage',
    // satisfaction surveys (issue 19): questionnaires, waves, paper forms and results
    'surveys.read', 'surveys.manage', 'surveys.enter',
    // a unit's targets on published indices (issue 20)
    'standings.targets',
    // what of its units is public: rounds, service index, one-stop statistics, standings, survey links (issue 20)
    'publication.manage',
  ],
  leader: ['units.read', 'tasks.read', 'dossiers.read', 'dossiers.officials', 'assessments.read', 'steering.read', 'reporting.read', 'followups.read', 'surveys.read'],
  unit_officer: ['units.read', 'tasks.read', 'tasks.report', 'dossiers.read', 'assessments.read', 'assessments.self_assess', 'steering.read', 'reporting.read', 'reporting.submit', 'followups.read', 'followups.raise', 'positions.edit', 'surveys.read', 'surveys.enter', 'standings.targets'],
  appraiser: ['units.read', 'tasks.read', 'dossiers.read', 'assessments.read', 'assessments.appraise', 'steering.read', 'reporting.read', 'followups.read', 'surveys.read'],
  viewer: ['units.read', 'tasks.read', 'dossiers.read', 'assessments.read', 'steering.read', 'reporting.read', 'followups.read', 'surveys.read'],
};
