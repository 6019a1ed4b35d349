import { List, Text } from '@mantine/core';
import { FormattedMessage, useIntl, type IntlShape } from 'react-intl';
import type { ConsolidatedFigures } from '../../../shared/contracts/consolidated.ts';

type Standing = ConsolidatedFigures['standings'][number];

const two = (intl: IntlShape, x: number) => intl.formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A change with its sign, as the Word document writes it: +3.25, −1.50. */
const signed = (intl: IntlShape, x: number) => intl.formatNumber(x, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });

/** Where a place moved, in the Word document's words (the change itself is computed with the figures). */
function placeText(intl: IntlShape, change: Standing['rankChange']): string {
  if (typeof change === 'number') return change === 0 ? intl.formatMessage({ id: 'consolidated.doc.place.same' }) : intl.formatMessage({ id: `consolidated.doc.place.${change > 0 ? 'up' : 'down'}` }, { n: intl.formatNumber(Math.abs(change)) });
  return intl.formatMessage({ id: `consolidated.doc.place.${change}` });
}

/** The service index: total, change against the previous period, and each group's points. */
export function ServiceIndexView({ x }: { x: NonNullable<ConsolidatedFigures['serviceIndex']> }) {
  const intl = useIntl();
  return (
    <>
      <Text data-testid="consolidated-service-index">
        <FormattedMessage id="consolidated.doc.serviceIndexLine" values={{ period: x.period, total: two(intl, x.total), max: intl.formatNumber(x.totalMax) }} />{' '}
        {x.previous && x.change !== null && <FormattedMessage id="consolidated.doc.serviceIndexChange" values={{ previous: x.previous.period, previousTotal: two(intl, x.previous.total), change: signed(intl, x.change) }} />}
      </Text>
      <List size="sm">
        {x.groups.map((g) => (
          <List.Item key={g.key}>
            <FormattedMessage id="consolidated.doc.serviceIndexGroup" values={{ group: intl.formatMessage({ id: `serviceIndex.group.${g.key}` }), score: two(intl, g.score), max: intl.formatNumber(g.max) }} />
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** A published standing with its change against the year before it. */
export function StandingLine({ s }: { s: Standing }) {
  const intl = useIntl();
  const standing = intl.formatMessage({ id: 'consolidated.doc.standingLine' }, { index: s.indexCode, year: s.year, value: two(intl, s.value), rank: s.rank === null ? '—' : intl.formatNumber(s.rank), of: s.of === null ? '—' : intl.formatNumber(s.of) });
  const place = placeText(intl, s.rankChange);
  return (
    <Text data-testid="consolidated-standing">
      {s.previous && s.valueChange !== null ? intl.formatMessage({ id: 'consolidated.doc.standingChange' }, { standing, year: s.previous.year, place, change: signed(intl, s.valueChange) }) : intl.formatMessage({ id: 'consolidated.doc.standingFirst' }, { standing, place })}
    </Text>
  );
}
