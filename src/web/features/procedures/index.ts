/**
 * The procedure catalogue as the web app reads it, in a feature of its own: the one-stop pages
 * (dossiers) and the targets both read it, and the one-stop pages also show targets, so neither
 * may hold it without an import cycle.
 */
export { procedureKeys, useProcedures } from './api.ts';
