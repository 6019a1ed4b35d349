import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AuditPage } from '../../src/shared/contracts/audit.ts';
import type { UserAccount } from '../../src/shared/contracts/auth.ts';
import { describeOnEachEngine } from '../support/databases.ts';
import { as, signIn, startHarness, type Harness, type Session } from '../support/harness.ts';

describeOnEachEngine('accounts', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  it('creates an account with a role on a subtree; the password is stored as argon2id', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'lan.nv', displayName: 'Nguyễn Văn Lan', password: 'correct horse', grants: [{ role: 'leader', unitCode: 'H99.02' }] } });
    expect(res.statusCode, res.body).toBe(200);
    const account = res.json() as UserAccount;
    expect(account.grants).toEqual([{ role: 'leader', unitCode: 'H99.02', unitNames: expect.objectContaining({ vi: 'Sở Nội vụ' }) }]);
    expect(res.body).not.toContain('correct horse');
    const { rows } = (await h.services.database.db.execute("select password_hash from users where username = 'lan.nv'" as never)) as unknown as { rows: { password_hash: string }[] };
    expect(rows[0]!.password_hash).toMatch(/^\$argon2id\$/);
    const s = await signIn(h.app, 'lan.nv', 'correct horse');
    expect((await h.app.inject({ method: 'GET', url: '/api/units/H99.02', headers: as(s) })).statusCode).toBe(200);
    expect((await h.app.inject({ method: 'GET', url: '/api/units/H99.03', headers: as(s) })).statusCode).toBe(403);
  });

  it('refuses a duplicate username and a short password, naming the field', async () => {
    const dup = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'lan.nv', displayName: 'X', password: 'long enough pw', grants: [{ role: 'viewer', unitCode: 'H99' }] } });
    expect(dup.json().code).toBe('username_taken');
    const short = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'x.y', displayName: 'X', password: 'short', grants: [{ role: 'viewer', unitCode: 'H99' }] } });
    expect(short.statusCode).toBe(400);
    expect(short.json().details.fields).toEqual([expect.objectContaining({ field: 'body.password' })]);
  });

  it('disabling an account ends its sessions; every change is audited with before and after', async () => {
    const s = await signIn(h.app, 'lan.nv', 'correct horse');
    const users = (await h.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })).json() as { users: UserAccount[] };
    const id = users.users.find((u) => u.username === 'lan.nv')!.id;
    const res = await h.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: as(admin), payload: { disabled: true, grants: [{ role: 'viewer', unitCode: 'H99' }] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ disabled: true, grants: [{ role: 'viewer', unitCode: 'H99' }] });
    expect((await h.app.inject({ method: 'GET', url: '/api/units/H99.02', headers: as(s) })).statusCode).toBe(401);
    const sign = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'lan.nv', password: 'correct horse' } });
    expect(sign.statusCode).toBe(401);
    const audit = (await h.app.inject({ method: 'GET', url: '/api/audit?entity=user&limit=5', headers: as(admin) })).json() as AuditPage;
    const entry = audit.entries.find((e) => e.action === 'user.update')!;
    expect(entry.before).toMatchObject({ disabled: false, grants: [{ role: 'leader' }] });
    expect(entry.after).toMatchObject({ disabled: true });
  });

  it('remembers the language per user', async () => {
    const s = await signIn(h.app, 'leader');
    const res = await h.app.inject({ method: 'PATCH', url: '/api/me/preferences', headers: as(s), payload: { locale: 'th' } });
    expect(res.json().preferences).toEqual({ locale: 'th', numerals: 'latn', calendar: 'buddhist' });
    const again = await signIn(h.app, 'leader');
    const session = (await h.app.inject({ method: 'GET', url: '/api/session', headers: as(again) })).json();
    expect(session.user.preferences.locale).toBe('th');
  });

  it('saves the language chosen on the sign-in page to the account, audited; without a choice the account keeps its own', async () => {
    const chosen = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'commune', password: 'demo1234', locale: 'th' } });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json().user.preferences).toEqual({ locale: 'th', numerals: 'latn', calendar: 'buddhist' });

    const plain = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'commune', password: 'demo1234' } });
    expect(plain.json().user.preferences).toEqual({ locale: 'th', numerals: 'latn', calendar: 'buddhist' });

    const audit = (await h.app.inject({ method: 'GET', url: '/api/audit?entity=user&limit=10', headers: as(admin) })).json() as AuditPage;
    const changes = audit.entries.filter((e) => e.action === 'user.preferences' && e.entityId === 'commune');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ actor: 'user:commune', before: { locale: 'vi' }, after: { locale: 'th', calendar: 'buddhist' } });

    // Choosing the language the account already has changes nothing and audits nothing.
    await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'commune', password: 'demo1234', locale: 'th' } });
    const after = (await h.app.inject({ method: 'GET', url: '/api/audit?entity=user&limit=10', headers: as(admin) })).json() as AuditPage;
    expect(after.entries.filter((e) => e.action === 'user.preferences' && e.entityId === 'commune')).toHaveLength(1);
  });

  it('refuses a sign-in language that is not one of the five', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/session', payload: { username: 'commune', password: 'demo1234', locale: 'fr' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
  });
});

describeOnEachEngine('account details', (engine) => {
  let h: Harness;
  let admin: Session;
  beforeAll(async () => {
    h = await startHarness(engine, { demo: true });
    admin = await signIn(h.app, 'admin');
  });
  afterAll(() => h.close());

  it('treats usernames case-insensitively', async () => {
    const res = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'Minh.TV', displayName: 'Minh', password: 'password-123', grants: [{ role: 'viewer', unitCode: 'H99' }] } });
    expect(res.json().username).toBe('minh.tv');
    const dup = await h.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { username: 'MINH.tv', displayName: 'M', password: 'password-123', grants: [{ role: 'viewer', unitCode: 'H99' }] } });
    expect(dup.json().code).toBe('username_taken');
    await signIn(h.app, 'MINH.TV', 'password-123');
  });

  it('changes only the roles when only the roles are sent', async () => {
    const users = (await h.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })).json() as { users: UserAccount[] };
    const id = users.users.find((u) => u.username === 'minh.tv')!.id;
    const res = await h.app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: as(admin), payload: { grants: [{ role: 'appraiser', unitCode: 'H99.02' }] } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ displayName: 'Minh', disabled: false, grants: [{ role: 'appraiser', unitCode: 'H99.02' }] });
  });
});
