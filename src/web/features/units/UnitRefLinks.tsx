import { Anchor, Group, Text } from '@mantine/core';
import type { UnitRef } from '../../../shared/contracts/units.ts';
import { linkProps } from '../../app/router/router.ts';
import { paths } from '../../app/router/routes.ts';
import { useNameOf } from './names.ts';

/** Links to units, each opened as of the given date (or, without one, when it existed). */
export function UnitRefLinks({ refs, asOf }: { refs: UnitRef[]; asOf?: string }) {
  const nameOf = useNameOf();
  if (refs.length === 0) return <Text span>—</Text>;
  return (
    <Group gap={4} display="inline-flex" wrap="wrap">
      {refs.map((ref, index) => (
        <span key={ref.code}>
          <Anchor {...linkProps(paths.unit(ref.code, asOf))}>{nameOf(ref.names) || ref.code}</Anchor>
          {index < refs.length - 1 ? ',' : ''}
        </span>
      ))}
    </Group>
  );
}
