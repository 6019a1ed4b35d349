import { Alert, Button, Group, Modal, NumberInput, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { MAX_TOKENS_PER_REQUEST, type IssuedTokens } from '../../../shared/contracts/survey-extras.ts';
import type { WaveView } from '../../../shared/contracts/surveys.ts';
import { FormModal } from '../../ui/FormModal.tsx';
import { DownloadIcon } from '../../ui/icons.tsx';
import { useNameOf } from '../units/index.ts';
import { useIssueTokens } from './api.ts';
import { codesCsv, codesFileName, downloadText } from './invitation-codes.ts';
import { SlipsModal } from './InvitationSlips.tsx';

type WaveUnit = WaveView['units'][number];

/** How many codes to give out, with what giving them out changes: the unit's form then takes only answers with one. */
function AskCount({ wave, u, onIssued, onClose }: { wave: WaveView; u: WaveUnit; onIssued: (t: IssuedTokens) => void; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const issue = useIssueTokens(wave.code);
  const [count, setCount] = useState<number | ''>(50);
  const [missing, setMissing] = useState(false);
  const submit = () => {
    if (count === '') return setMissing(true);
    issue.mutate({ unitCode: u.unit.code, count }, { onSuccess: onIssued });
  };
  return (
    <FormModal opened onClose={onClose} titleId="surveys.codes.title" titleValues={{ unit: nameOf(u.unit.names) || u.unit.code }} submitId="surveys.codes.submit" onSubmit={submit} pending={issue.isPending} error={issue.error} testId="invitation-codes-form">
      <Text size="sm">
        <FormattedMessage id="surveys.codes.hint" />
      </Text>
      {u.tokens && (
        <Text size="sm" c="dimmed" data-testid="invitation-codes-before">
          {intl.formatMessage({ id: 'surveys.codes.before' }, { issued: u.tokens.issued, used: u.tokens.used })}
        </Text>
      )}
      <NumberInput
        label={intl.formatMessage({ id: 'surveys.codes.count' })}
        description={intl.formatMessage({ id: 'surveys.codes.countHint' }, { max: MAX_TOKENS_PER_REQUEST })}
        value={count}
        onChange={(n) => setCount(typeof n === 'number' ? n : '')}
        min={1}
        max={MAX_TOKENS_PER_REQUEST}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        error={missing && count === '' ? intl.formatMessage({ id: 'validation.required' }) : undefined}
        withAsterisk
        w={{ base: '100%', sm: 220 }}
        data-testid="invitation-codes-count"
      />
    </FormModal>
  );
}

/** The codes just given out, this once: a warning that they cannot be shown again, the file to download, the slips to print, the list. */
function ShownOnce({ wave, issued, slipsOpen, onSlips, onClose }: { wave: WaveView; issued: IssuedTokens; slipsOpen: boolean; onSlips: () => void; onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const origin = window.location.origin;
  const download = () => downloadText(codesCsv(origin, issued.tokens), codesFileName(wave.code, issued.unit.code, issued.issued), 'text/csv;charset=utf-8');
  return (
    // Closed only on purpose (the button, Escape or ×): a click beside it would lose codes nobody saved,
    // and the Escape that closes the slips above it must not close it too.
    <Modal opened onClose={onClose} size="lg" closeOnClickOutside={false} closeOnEscape={!slipsOpen} title={intl.formatMessage({ id: 'surveys.codes.title' }, { unit: nameOf(issued.unit.names) || issued.unit.code })} closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="sm" data-testid="invitation-codes">
        <Alert color="orange" variant="light" title={intl.formatMessage({ id: 'surveys.codes.onceTitle' })} data-testid="invitation-codes-once">
          <FormattedMessage id="surveys.codes.once" />
        </Alert>
        <Text size="sm" data-testid="invitation-codes-summary">
          {intl.formatMessage({ id: 'surveys.codes.summary' }, { count: issued.tokens.length, issued: issued.issued })}
        </Text>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<DownloadIcon size={14} />} onClick={download} data-testid="invitation-codes-csv">
            <FormattedMessage id="surveys.codes.csv" />
          </Button>
          <Button variant="light" size="xs" onClick={onSlips} data-testid="invitation-codes-slips">
            <FormattedMessage id="surveys.codes.slips" />
          </Button>
        </Group>
        <ScrollArea.Autosize mah={320} type="auto">
          <Table fz="sm" verticalSpacing={4} layout="fixed" data-testid="invitation-codes-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}><FormattedMessage id="surveys.codes.code" /></Table.Th>
                <Table.Th><FormattedMessage id="surveys.codes.address" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issued.tokens.map((t) => (
                <Table.Tr key={t.token}>
                  <Table.Td ff="monospace" fw={700} data-testid="invitation-code" data-url={`${origin}${t.url}`}>
                    {t.token}
                  </Table.Td>
                  <Table.Td ff="monospace" fz="xs" style={{ overflowWrap: 'anywhere' }}>
                    {`${origin}${t.url}`}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button onClick={onClose} data-testid="invitation-codes-close">
            <FormattedMessage id="surveys.codes.close" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/**
 * Invitation codes for a unit of the wave (its survey managers): how many, then the codes —
 * shown once, since the server keeps only their hashes — with their CSV and their slips.
 */
export function InvitationCodesModal({ wave, u, onClose }: { wave: WaveView; u: WaveUnit; onClose: () => void }) {
  const [issued, setIssued] = useState<IssuedTokens | null>(null);
  const [slips, setSlips] = useState(false);
  if (!issued) return <AskCount wave={wave} u={u} onIssued={setIssued} onClose={onClose} />;
  return (
    <>
      <ShownOnce wave={wave} issued={issued} slipsOpen={slips} onSlips={() => setSlips(true)} onClose={onClose} />
      {slips && <SlipsModal wave={wave.names} unit={issued.unit} link={issued.link} codes={issued.tokens} onClose={() => setSlips(false)} />}
    </>
  );
}
