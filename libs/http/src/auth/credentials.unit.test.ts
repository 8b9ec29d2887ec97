import {
  hashApiKey,
  hashPassword,
  newApiKey,
  NO_USER_PASSWORD_HASH,
  verifyPassword,
} from './credentials';

describe('credentials', () => {
  it('when an API key is made, then it is long, random and hashed to a stable lookup value', () => {
    const key = newApiKey();

    expect(key).toMatch(/^bk_[\w-]{32}$/);
    expect(newApiKey()).not.toBe(key);
    expect(hashApiKey(key)).toBe(hashApiKey(key));
    expect(hashApiKey(key)).not.toContain(key);
  });

  it('when a password is hashed, then only that password verifies, and hashes differ by salt', async () => {
    const stored = await hashPassword('1234-pin');

    expect(await verifyPassword('1234-pin', stored)).toBe(true);
    expect(await verifyPassword('4321-pin', stored)).toBe(false);
    expect(await hashPassword('1234-pin')).not.toBe(stored);
    expect(stored).not.toContain('1234-pin');
  });

  it('when checked against the no-user hash, then no password matches', async () => {
    expect(await verifyPassword('', NO_USER_PASSWORD_HASH)).toBe(false);
    expect(await verifyPassword('brigade-demo', NO_USER_PASSWORD_HASH)).toBe(false);
  });

  it('when the stored value is malformed, then nothing verifies', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });
});
