import { useState } from 'react';
import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { isIsoDate } from '../../../shared/domain/dates.ts';
import { useMe } from '../../app/api/session.ts';
import { useFormatIsoDate } from '../../app/i18n/format.ts';
import { useLocale } from '../../app/i18n/locale-context.ts';
import { DateField } from '../../ui/DateField.tsx';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { useApparatus } from './api.ts';
import { ApparatusTables } from './ApparatusTables.tsx';
import { todayLocal } from './dates.ts';
import { useNameOf } from './names.ts';
import { UnitPicker } from './UnitPicker.tsx';

/** The last day of the year before today's: the default day A, so the page opens on "this year so far". */
const endOfLastYear = () => `${Number(todayLocal().slice(0, 4)) - 1}-12-31`;

/**
 * The apparatus over time: how many units stood under a unit on two days (typed in the
 * reader's calendar), by tier and kind, per sector and in total, what changed between them,
 * and the same as Excel and Word files in the reader's language.
 */
export function ApparatusPage() {
  const me = useMe();
  const intl = useIntl();
  const locale = useLocale();
  const [unit, setUnit] = useState<string | null>(me.grants.find((g) => g.unitCode !== null)?.unitCode ?? null);
  const [from, setFrom] = useState(endOfLastYear());
  const [to, setTo] = useState(todayLocal());
  const valid = unit !== null && isIsoDate(from) && isIsoDate(to) && from <= to;
  const query = new URLSearchParams({ unit: unit ?? '', from, to }).toString();
  const report = useApparatus(query, valid);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={2}>
          <FormattedMessage id="apparatus.title" />
        </Title>
        {valid && (
          <Group gap="xs">
            <Download href={`/api/units/apparatus.docx?${query}&locale=${locale}`} labelId="apparatus.downloadDocx" testId="apparatus-docx" />
            <Download href={`/api/units/apparatus.xlsx?${query}&locale=${locale}`} labelId="apparatus.downloadXlsx" testId="apparatus-xlsx" />
          </Group>
        )}
      </Group>
      <Text c="dimmed" size="sm">
        <FormattedMessage id="apparatus.intro" />
      </Text>
      <Group gap="sm" align="flex-start" wrap="wrap">
        <UnitPicker labelId="apparatus.unit" asOf={todayLocal()} value={unit} onChange={setUnit} clearable={false} testId="apparatus-unit" />
        <DateField labelId="apparatus.from" value={from} onChange={setFrom} testId="apparatus-from" />
        <DateField labelId="apparatus.to" value={to} onChange={setTo} testId="apparatus-to" error={isIsoDate(from) && isIsoDate(to) && from > to ? intl.formatMessage({ id: 'apparatus.toBeforeFrom' }) : undefined} />
      </Group>
      {!valid ? null : report.isPending ? <Loader /> : report.isError ? <ErrorAlert error={report.error} /> : <Summary r={report.data} />}
      {valid && report.data && <ApparatusTables r={report.data} />}
    </Stack>
  );
}

function Summary({ r }: { r: NonNullable<ReturnType<typeof useApparatus>['data']> }) {
  const intl = useIntl();
  const day = useFormatIsoDate();
  const nameOf = useNameOf();
  const change = r.total.atTo - r.total.atFrom;
  return (
    <Text data-testid="apparatus-summary">
      <FormattedMessage id="apparatus.doc.scope" values={{ unit: nameOf(r.unit.names), from: day(r.from), to: day(r.to) }} />{' '}
      <FormattedMessage
        id="apparatus.doc.totalLine"
        values={{ from: day(r.from), to: day(r.to), atFrom: intl.formatNumber(r.total.atFrom), atTo: intl.formatNumber(r.total.atTo), change: intl.formatNumber(change, { signDisplay: 'exceptZero' }) }}
      />
    </Text>
  );
}

function Download({ href, labelId, testId }: { href: string; labelId: string; testId: string }) {
  return (
    <Button component="a" href={href} download variant="default" size="xs" leftSection={<DownloadIcon size={14} />} data-testid={testId}>
      <FormattedMessage id={labelId} />
    </Button>
  );
}
