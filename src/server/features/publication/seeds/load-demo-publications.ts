import type { PublicationInput } from '../../../../shared/contracts/publication.ts';
import { SYSTEM_ACTOR } from '../../../platform/auth/actor.ts';
import type { PublicationService } from '../publication.service.ts';

/**
 * What the demo province publishes (issue 20): last year's internal ranking of its departments (and
 * the year before's, which its changes are against),
 * its service index, one-stop statistics and published standings, and the collecting survey
 * wave's links — each only when the demo loaded it — under an open licence. Through the service
 * (audited, as a secretariat's act would be); nothing when something is published already.
 */
export async function loadDemoPublications(publication: PublicationService, what: { provinceCode: string; rounds: string[]; wave: string | null; dossiers: boolean; standings: boolean }): Promise<{ loaded: boolean; publications: number }> {
  if ((await publication.live()).length) return { loaded: false, publications: 0 };
  const inputs: PublicationInput[] = [
    ...what.rounds.map((subject) => ({ kind: 'round' as const, subject })),
    ...(what.dossiers ? [{ kind: 'service_index' as const, subject: what.provinceCode }, { kind: 'one_stop' as const, subject: what.provinceCode }] : []),
    ...(what.standings ? [{ kind: 'standings' as const, subject: what.provinceCode }] : []),
    ...(what.wave ? [{ kind: 'survey_links' as const, subject: what.wave }] : []),
  ];
  for (const input of inputs) await publication.publish(SYSTEM_ACTOR, input);
  await publication.saveSettings(SYSTEM_ACTOR, {
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
    publisher: { vi: 'Sở Nội vụ tỉnh Sơn Hà', en: 'Son Ha Department of Home Affairs', lo: 'ພະແນກພາຍໃນ ແຂວງເຊີນຮ່າ', km: 'មន្ទីរមហាផ្ទៃខេត្តសឺនហា', th: 'กรมกิจการภายใน จังหวัดเซินห่า' },
  });
  return { loaded: true, publications: inputs.length };
}
