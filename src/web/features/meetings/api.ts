import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { followUpFieldList } from '../../../shared/contracts/followups.ts';
import { meeting, meetingList, type ConclusionRequest, type CreateMeetingRequest, type RaiseAtMeetingRequest } from '../../../shared/contracts/meetings.ts';
import { DEFAULT_FOLLOW_UP_FIELDS } from '../../../shared/domain/follow-ups.ts';
import { api } from '../../app/api/client.ts';
import { useNameOf } from '../units/index.ts';

const enc = encodeURIComponent;
const created = z.object({ code: z.string() });

/** Every query of the feature starts with 'meetings', so one change refreshes them all. */
export const meetingKeys = { all: ['meetings'] as const, list: ['meetings', 'list'] as const, one: (code: string) => ['meetings', 'one', code] as const };

export function useMeetings() {
  return useQuery({ queryKey: meetingKeys.list, queryFn: () => api('/api/meetings', meetingList).then((r) => r.meetings) });
}

export function useMeeting(code: string) {
  return useQuery({ queryKey: meetingKeys.one(code), queryFn: () => api(`/api/meetings/${enc(code)}`, meeting), retry: false });
}

/** The notice of conclusions as Word, in the reader's language. */
export const noticeUrl = (code: string, locale: string) => `/api/meetings/${enc(code)}/notice.docx?locale=${enc(locale)}`;

function useMeetingMutation<V>(fn: (variables: V) => Promise<{ code: string }>) {
  const client = useQueryClient();
  // Items raised and concluded are follow-up items too: their lists refresh as well.
  return useMutation({ mutationFn: fn, onSuccess: () => Promise.all([client.invalidateQueries({ queryKey: meetingKeys.all }), client.invalidateQueries({ queryKey: ['followUps'] })]) });
}

export const useCreateMeeting = () => useMeetingMutation((req: CreateMeetingRequest) => api('/api/meetings', created, { method: 'POST', json: req }));
export const useRaiseAtMeeting = (code: string) => useMeetingMutation((req: RaiseAtMeetingRequest) => api(`/api/meetings/${enc(code)}/items`, created, { method: 'POST', json: req }));
export const useAddConclusion = (code: string) => useMeetingMutation((req: ConclusionRequest) => api(`/api/meetings/${enc(code)}/conclusions`, created, { method: 'POST', json: req }));

/**
 * The follow-up fields to choose from (the followups feature's configurable list, in the
 * reader's language); the shipped codes while that list cannot be read.
 */
export function useFieldChoices(): { value: string; label: string }[] {
  const nameOf = useNameOf();
  const fields = useQuery({ queryKey: ['followUps', 'fields'], queryFn: () => api('/api/follow-ups/fields', followUpFieldList).then((r) => r.fields), retry: false, staleTime: 5 * 60_000 });
  if (fields.data) return fields.data.filter((f) => f.active).map((f) => ({ value: f.code, label: nameOf(f.names) || f.code }));
  return DEFAULT_FOLLOW_UP_FIELDS.map((code) => ({ value: code, label: code }));
}
