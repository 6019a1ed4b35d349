/**
 * The number each indicator has in Decision 766's tables (docs/service-index-766.md),
 * shown before its name so that readers can find it in the decision. Online payment, numbered
 * 3.5, 3.5b and 3.6 on the portal, is the sixth group here as in the index's structure.
 */
export const INDICATOR_NUMBER: Record<string, string> = {
  publishOnTime: '1.1',
  publicUpdateOnTime: '1.2',
  publicContentFull: '1.3',
  dossierSync: '1.4',
  onTime: '2.1',
  proceduresOnline: '3.1',
  servicesWithDossiers: '3.2',
  onlineDossierShare: '3.3',
  originalResultAvailable: '4.1',
  digitisedDossiers: '4.2',
  reusedDigitisedData: '4.3',
  personalStorageSynced: '4.4',
  citizenDataProcedures: '4.5a',
  citizenDataDossiers: '4.5b',
  electronicCertifiedCopy: '4.6',
  petitionClassificationProcedures: '5.1a',
  petitionClassificationStaff: '5.1b',
  petitionsOnTime: '5.2',
  petitionSatisfaction: '5.3',
  dossierSatisfaction: '5.4',
  feeProceduresIntegrated: '6.1',
  feeProceduresPaidOnline: '6.2',
  dossiersPaidOnline: '6.3',
};

export const GROUP_NUMBER: Record<string, string> = { transparency: '1', progress: '2', online: '3', digitisation: '4', satisfaction: '5', payment: '6' };

/** The colour of each source of an indicator's counts. */
export const SOURCE_COLOR: Record<string, string> = { dossiers: 'indigo', catalogue: 'grape', entered: 'teal', assumed: 'yellow', not_entered: 'red' };
