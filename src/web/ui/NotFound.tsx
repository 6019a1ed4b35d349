import { Anchor, Stack, Text, Title } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { linkProps } from '../app/router/router.ts';
import { paths } from '../app/router/routes.ts';

export function NotFound({ messageId = 'app.notFound' }: { messageId?: string }) {
  return (
    <Stack gap="sm">
      <Title order={2}>
        <FormattedMessage id="app.notFoundTitle" />
      </Title>
      <Text role="alert">
        <FormattedMessage id={messageId} />
      </Text>
      <Anchor {...linkProps(paths.units())}>
        <FormattedMessage id="app.backHome" />
      </Anchor>
    </Stack>
  );
}
