import type { ShowIf } from '../../../shared/contracts/questionnaires.ts';

/**
 * Our conditions and ranges as XLSForm's XPath cells, and back. Only the simple forms a
 * condition of ours can be are read; anything else (`and`, `not(…)`, `!=`, `<`, arithmetic,
 * other functions, `.`, two questions in one condition) is refused, never guessed at:
 *
 *   expr := term (' or ' term)*                      every term names the same question
 *   term := '(' expr ')' | ${q} = LIT | selected(${q}, LIT)
 *   LIT  := 'x' | "x" | a bare name or number
 */

/** A condition as `relevant`: `=` for a single choice, `selected()` for a multiple one (as XLSForm asks). */
export function relevantOf(c: ShowIf, targetKind: 'single' | 'multiple'): string {
  return c.anyOf.map((k) => (targetKind === 'multiple' ? `selected(\${${c.question}}, '${k}')` : `\${${c.question}} = '${k}'`)).join(' or ');
}

export type ParsedRelevant = { question: string; anyOf: string[] } | { unsupported: true };

/** A `relevant` cell as a condition (choices deduplicated, in order), or unsupported. */
export function parseRelevant(text: string): ParsedRelevant {
  const s = text.trim();
  let at = 0;
  const refs: string[] = [];
  const values: string[] = [];
  const space = () => {
    while (at < s.length && /\s/.test(s[at]!)) at++;
  };
  const take = (re: RegExp): RegExpExecArray | null => {
    space();
    const m = new RegExp(`^(?:${re.source})`).exec(s.slice(at));
    if (m) at += m[0].length;
    return m;
  };
  const literal = (): boolean => {
    const m = take(/'([^']*)'|"([^"]*)"|([A-Za-z0-9_.-]+)/);
    if (!m) return false;
    values.push((m[1] ?? m[2] ?? m[3])!);
    return true;
  };
  const ref = (): boolean => {
    const m = take(/\$\{([^}\s]+)\}/);
    if (m) refs.push(m[1]!);
    return m !== null;
  };
  const term = (): boolean => {
    if (take(/\(/)) return expr() && take(/\)/) !== null;
    if (take(/selected\s*\(/)) return ref() && take(/,/) !== null && literal() && take(/\)/) !== null;
    return ref() && take(/=(?!=)/) !== null && literal();
  };
  const expr = (): boolean => {
    if (!term()) return false;
    while (take(/or(?=[\s(])/)) if (!term()) return false;
    return true;
  };
  const ok = s !== '' && expr() && (space(), at === s.length);
  if (!ok || new Set(refs).size !== 1) return { unsupported: true };
  return { question: refs[0]!, anyOf: [...new Set(values)] };
}

/** A number's range as `constraint`: `. >= 0`, `. <= 50` or `. >= 0 and . <= 50`; '' without one. */
export function constraintOf(min: number | undefined, max: number | undefined): string {
  return [min === undefined ? '' : `. >= ${min}`, max === undefined ? '' : `. <= ${max}`].filter(Boolean).join(' and ');
}

const BOUND = /^\.\s*(>=|<=)\s*(-?\d+(?:\.\d+)?)$/;

/** A `constraint` cell as a range; null for any other constraint (it is dropped with a warning). */
export function parseConstraint(text: string): { min?: number; max?: number } | null {
  const parts = text.trim().split(/\s+and\s+/);
  if (parts.length > 2) return null;
  const range: { min?: number; max?: number } = {};
  for (const p of parts) {
    const m = BOUND.exec(p.trim());
    if (!m) return null;
    const side = m[1] === '>=' ? 'min' : 'max';
    if (range[side] !== undefined) return null;
    range[side] = Number(m[2]);
  }
  return range;
}
