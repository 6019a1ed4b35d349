/**
 * The public addresses of what is published (issue 20): one place for the open data's and the
 * pages' paths, which the catalogue announces, the secretariat's page links to and other portals
 * keep — so they never drift apart.
 */
type Kind = 'round' | 'service_index' | 'one_stop' | 'standings' | 'survey_links';

/** A dataset's path segment in /api/public/{dataset}/… by publication kind. */
export const DATASET_OF_KIND: Record<Kind, string> = { round: 'round', service_index: 'service-index', one_stop: 'one-stop', standings: 'standings', survey_links: 'survey-links' };

/** /api/public/{dataset}/{subject}.{json|csv} */
export function datasetPath(kind: Kind, subject: string, format: 'json' | 'csv'): string {
  return `/api/public/${DATASET_OF_KIND[kind]}/${encodeURIComponent(subject)}.${format}`;
}

/** The public page showing a publication, in a language (the catalogue writes `{locale}` for the reader's). */
export function publicPagePath(kind: Kind, subject: string, locale: string): string {
  const s = encodeURIComponent(subject);
  if (kind === 'round') return `/p/${locale}/rounds/${s}`;
  if (kind === 'survey_links') return `/p/${locale}/surveys/${s}`;
  return `/p/${locale}/units/${s}`;
}
