import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { FormattedMessage, useIntl } from 'react-intl';
import type { LocalizedNames } from '../../../shared/locales.ts';
import { QrCode } from '../../ui/QrCode.tsx';
import { useNameOf } from '../units/index.ts';
import classes from './PrintCards.module.css';
import { publicFormUrl } from './survey-view.ts';

export interface CardUnit {
  unit: { code: string; names: LocalizedNames };
  link: string;
}

/** What a respondent at the counter sees: the unit, the survey, the code to scan and the address to type. */
export function QrCard({ wave, u, size = 200 }: { wave: LocalizedNames; u: CardUnit; size?: number }) {
  const intl = useIntl();
  const nameOf = useNameOf();
  const url = publicFormUrl(window.location.origin, u.link);
  return (
    <div className={classes.card} data-testid={`qr-card-${u.unit.code}`}>
      <Stack gap={6} align="center">
        <Text fw={700} size="lg" lh={1.3}>
          {nameOf(u.unit.names) || u.unit.code}
        </Text>
        <Text size="sm" lh={1.4}>
          {nameOf(wave)}
        </Text>
        <QrCode value={url} size={size} title={intl.formatMessage({ id: 'surveys.qr.alt' }, { unit: nameOf(u.unit.names) || u.unit.code })} testId="qr-code" />
        <Text size="sm" lh={1.4}>
          <FormattedMessage id="surveys.qr.invite" />
        </Text>
        <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="qr-url">
          {url}
        </Text>
      </Stack>
    </div>
  );
}

/**
 * What the browser prints (Print, or its own Ctrl+P), alone on the paper: hidden on screen,
 * mounted in the body so that the app and any dialog around it can be left out of the print.
 * The page mounts one at a time (two would print one after the other).
 */
export function PrintOnly({ testId, children }: { testId: string; children: ReactNode }) {
  return createPortal(
    <div className={classes.sheet} data-testid={testId}>
      {children}
    </div>,
    document.body,
  );
}

/** The QR cards of `units` on paper, two to a row, to cut out. */
export function PrintSheet({ wave, units }: { wave: LocalizedNames; units: CardUnit[] }) {
  return (
    <PrintOnly testId="qr-print-sheet">
      <div className={classes.cards}>
        {units.map((u) => (
          <QrCard key={u.unit.code} wave={wave} u={u} />
        ))}
      </div>
    </PrintOnly>
  );
}

/** A unit's card on screen, to check before printing it (while it is open, only it is printed). */
export function QrCardModal({ wave, u, onClose }: { wave: LocalizedNames; u: CardUnit; onClose: () => void }) {
  const intl = useIntl();
  return (
    <Modal opened onClose={onClose} title={intl.formatMessage({ id: 'surveys.qr.title' })} closeButtonProps={{ 'aria-label': intl.formatMessage({ id: 'app.close' }) }}>
      <Stack gap="sm" data-testid="qr-card-modal">
        <QrCard wave={wave} u={u} />
        <Group justify="flex-end">
          <Button size="xs" onClick={() => window.print()} data-testid="qr-card-print">
            <FormattedMessage id="surveys.qr.print" />
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
