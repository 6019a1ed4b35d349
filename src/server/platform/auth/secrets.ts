import { hash, verify } from '@node-rs/argon2';
import { createHmac, randomBytes } from 'node:crypto';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id.
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, ARGON2);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A secret for a cookie or an API token: 256 random bits. */
export function randomSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * What the database keeps of a session or token secret: a keyed hash, so that a copy of
 * the database alone does not let anyone act as its users.
 */
export function secretDigest(key: string, secret: string): string {
  return createHmac('sha256', key).update(secret).digest('hex');
}

/** A password that must be verified even when the user does not exist (equal timing). */
export const DUMMY_HASH_INPUT = 'parmon-no-such-user';
