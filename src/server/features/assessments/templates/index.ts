import { frameworkFile, type FrameworkFile } from '../../../../shared/contracts/frameworks.ts';
import internalDepartment from './internal-department-example.json' with { type: 'json' };
import ministry from './par-index-ministry-876.json' with { type: 'json' };
import province from './par-index-province-876.json' with { type: 'json' };

/** The shipped frameworks (see README.md here: what is verified, what the administrator confirms). */
export const TEMPLATES: FrameworkFile[] = [province, ministry, internalDepartment].map((t) => frameworkFile.parse(t));
