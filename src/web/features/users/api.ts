import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { userAccount, userList, type CreateUserRequest, type UpdateUserRequest } from '../../../shared/contracts/auth.ts';
import { api } from '../../app/api/client.ts';

const usersKey = ['users'] as const;

/** Only the accounts the caller may manage: every grant of theirs lies in the caller's scope. */
export function useUsers(enabled = true) {
  return useQuery({ queryKey: usersKey, queryFn: () => api('/api/users', userList).then((r) => r.users), enabled });
}

/** After any change the list and the audit log are stale. */
function useAccountMutation<V>(fn: (variables: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await Promise.all([client.invalidateQueries({ queryKey: usersKey }), client.invalidateQueries({ queryKey: ['audit'] })]);
    },
  });
}

export function useCreateUser() {
  return useAccountMutation((request: CreateUserRequest) => api('/api/users', userAccount, { method: 'POST', json: request }));
}

/** Any of display name, disabled, password, grants; grants replace all the account's grants. */
export function useUpdateUser(id: number) {
  return useAccountMutation((request: UpdateUserRequest) => api(`/api/users/${id}`, userAccount, { method: 'PATCH', json: request }));
}
