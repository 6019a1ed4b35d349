import { Anchor, Badge, Breadcrumbs, Code, Group, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import type { Plan } from '../../../../shared/contracts/tasks.ts';
import { linkProps } from '../../../app/router/router.ts';
import { paths } from '../../../app/router/routes.ts';
import { useNameOf } from '../../units/index.ts';
import { useFormatDay, useUnitName } from '../format.ts';

/** "05-CV/BCĐ, 25/01/2024": the plan's legal document as officials cite it. */
export function DocumentLine({ plan }: { plan: Pick<Plan, 'documentNumber' | 'documentDate'> }) {
  const formatDay = useFormatDay();
  if (!plan.documentNumber && !plan.documentDate) return <>—</>;
  if (!plan.documentDate) return <>{plan.documentNumber}</>;
  if (!plan.documentNumber) return <>{formatDay(plan.documentDate)}</>;
  return <FormattedMessage id="plans.documentLine" values={{ number: plan.documentNumber, date: formatDay(plan.documentDate) }} />;
}

export function IncompleteBadge() {
  return (
    <Badge color="orange" variant="light" data-testid="plan-incomplete">
      <FormattedMessage id="plans.incomplete" />
    </Badge>
  );
}

/** Title, code, kind, document, issuing body, period and unit of a plan. */
export function PlanHeader({ plan }: { plan: Plan }) {
  const nameOf = useNameOf();
  const unitName = useUnitName();
  const formatDay = useFormatDay();
  const period = plan.periodFrom && plan.periodTo ? { from: formatDay(plan.periodFrom), to: formatDay(plan.periodTo) } : null;
  return (
    <Stack gap={6}>
      <Breadcrumbs separator="›" separatorMargin={4}>
        <Anchor size="sm" {...linkProps(paths.plans())}>
          <FormattedMessage id="nav.plans" />
        </Anchor>
        <Text size="sm">{plan.code}</Text>
      </Breadcrumbs>
      <Title order={2} data-testid="plan-title">
        {nameOf(plan.title) || plan.code}
      </Title>
      <Group gap="xs">
        <Code>{plan.code}</Code>
        <Badge variant="light">
          <FormattedMessage id={`plans.kind.${plan.kind}`} />
        </Badge>
        {plan.incomplete && <IncompleteBadge />}
      </Group>
      <Text size="sm" data-testid="plan-document">
        <FormattedMessage id="plans.field.document" />: <b><DocumentLine plan={plan} /></b>
        {plan.issuingBody && <> · {plan.issuingBody}</>}
      </Text>
      <Text size="sm" c="dimmed">
        {period ? <FormattedMessage id="plans.period" values={period} /> : <FormattedMessage id="plans.year" values={{ year: String(plan.year) }} />}
        {' · '}
        <FormattedMessage id="plans.field.unit" />: {unitName(plan.unitCode)}
      </Text>
    </Stack>
  );
}
