import { questionnaireFile, type QuestionnaireFile } from '../../../../shared/contracts/questionnaires.ts';
import sipasOneStop from './sipas-one-stop.json' with { type: 'json' };
import staffInternal from './staff-internal.json' with { type: 'json' };

/** The shipped questionnaires, both examples to adapt (see README.md here: what is verified and what is not). */
export const QUESTIONNAIRE_TEMPLATES: QuestionnaireFile[] = [sipasOneStop, staffInternal].map((t) => questionnaireFile.parse(t));
