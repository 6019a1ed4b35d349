import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { useNameOf } from '../units/index.ts';
import { slipRuns, type IssuedCode } from './invitation-codes.ts';
import classes from './InvitationSlips.module.css';
import { PrintOnly } from './PrintCards.tsx';
import { publicFormUrl } from './survey-view.ts';

interface SlipsProps {
  wave: LocalizedNames;
  unit: { code: string; names: LocalizedNames };
  link: string;
  codes: readonly IssuedCode[];
}

/**
 * One invitation: the unit and the survey, the QR code of the form's address with the code in
 * it, and the code itself to type — with the plain address — for a phone that cannot scan.
 */
function Slip({ wave, unit, link, code }: Omit<SlipsProps, 'codes'> & { code: IssuedCode }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const origin = window.location.origin;
  return (
    <div className={classes.slip} data-testid="invitation-slip" data-code={code.token}>
      <div className={classes.unit}>{nameOf(unit.names) || unit.code}</div>
      <div className={classes.wave}>{nameOf(wave)}</div>
      <QrCode value={`${origin}${code.url}`} size={120} title={intl.formatMessage({ id: 'surveys.slips.qrAlt' }, { code: code.token })} testId="invitation-slip-qr" />
      <div className={classes.label}>
        <FormattedMessage id="surveys.slips.code" />
      </div>
      <div className={classes.code} data-testid="invitation-slip-code">
        {code.token}
      </div>
      <div className={classes.address}>
        <FormattedMessage id="surveys.slips.typeAt" values={{ address: <code>{publicFormUrl(origin, link)}</code> }} />
      </div>
    </div>
  );
}

/** The slips of `codes`, in a grid that prints three to a row. */
function SlipGrid(props: SlipsProps) {
  return (
    <div className={classes.slips}>
      {props.codes.map((c) => (
        <Slip key={c.token} wave={props.wave} unit={props.unit} link={props.link} code={c} />
      ))}
    </div>
  );
}

/**
 * The slips of the codes just given out, on screen to check and alone on paper when printed —
 * a print run at a time (invitation-codes.ts `SLIPS_PER_PRINT`), so the page stays usable.
 */
export function SlipsModal({ onClose, ...props }: SlipsProps & { onClose: () => void }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const runs = slipRuns(props.codes.length);
  const [run, setRun] = useState(0);
  const { first, last } = runs[run] ?? { first: 1, last: props.codes.length };
  const shown = props.codes.slice(first - 1, last);
  const runLabel = (r: { first: number; last: number }) => intl.formatMessage({ id: 'surveys.slips.run' }, { first: r.first, last: r.last, count: props.codes.length });
  return (
    <Modal opened onClose={onClose} fullScreen title={intl.formatMessage({ id: 'surveys.slips.title' }, { unit: nameOf(props.unit.names) || props.unit.code })} closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="sm" data-testid="invitation-slips">
        <Text size="sm" c="dimmed">
          <FormattedMessage id="surveys.slips.hint" />
        </Text>
        <Group gap="sm" align="flex-end">
          {runs.length > 1 && <Select label={intl.formatMessage({ id: 'surveys.slips.runLabel' })} data={runs.map((r, i) => ({ value: String(i), label: runLabel(r) }))} value={String(run)} onChange={(v) => setRun(Number(v ?? 0))} allowDeselect={false} w={260} data-testid="invitation-slips-run" />}
          <Button onClick={() => window.print()} data-testid="invitation-slips-print">
            {runs.length > 1 ? intl.formatMessage({ id: 'surveys.slips.printRun' }, { first, last }) : <FormattedMessage id="surveys.slips.print" />}
          </Button>
        </Group>
        <SlipGrid {...props} codes={shown} />
      </Stack>
      <PrintOnly testId="invitation-slips-sheet">
        <SlipGrid {...props} codes={shown} />
      </PrintOnly>
    </Modal>
  );
}
