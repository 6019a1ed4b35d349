/** The surveys feature's public surface: the secretariat's pages of waves, questionnaires, progress and results. */
export { SurveysPage } from './SurveysPage.tsx';
export { WavePage } from './WavePage.tsx';
