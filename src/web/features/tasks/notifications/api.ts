import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { okSchema } from '../../../../shared/contracts/common.ts';
import { notification, type Notification } from '../../../../shared/contracts/tasks.ts';
import { api } from '../../../app/api/client.ts';

const notificationList = z.object({ notifications: z.array(notification) });

export const notificationKeys = { all: ['notifications'] as const };

/** Reminders are given by a daily job: asking every few minutes is plenty. */
const REFETCH_MS = 5 * 60_000;

/** The signed-in user's reminders (due soon, overdue), newest first. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: () => api('/api/notifications', notificationList).then((r) => newestFirst(r.notifications)),
    refetchInterval: REFETCH_MS,
  });
}

export function newestFirst(list: readonly Notification[]): Notification[] {
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
}

/** Marks one reminder read; the list shows it read at once, then asks the server again. */
export function useMarkNotificationRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api(`/api/notifications/${id}/read`, okSchema, { method: 'POST' }),
    onMutate: (id) => {
      const now = new Date().toISOString();
      client.setQueryData<Notification[]>(notificationKeys.all, (list) => list?.map((n) => (n.id === id && n.readAt === null ? { ...n, readAt: now } : n)));
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
