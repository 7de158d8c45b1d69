import { describe, expect, it, vi } from 'vitest';
import { vaultHandlers } from '@/entrypoints/background/vault';
import { VAULT_MESSAGE_TYPES, type VaultApi, vaultMessages } from '@/lib/messaging/messages/vault';

describe('vault handler table', () => {
  it('is derived from the message declarations: each message calls its same-named method', async () => {
    const api = Object.fromEntries(
      VAULT_MESSAGE_TYPES.map((type) => [type, vi.fn(async (data: unknown) => ({ type, data }))]),
    ) as unknown as VaultApi;
    const handlers = vaultHandlers(api) as Record<string, (d: unknown, c: never) => unknown>;
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(vaultMessages).sort());
    for (const type of VAULT_MESSAGE_TYPES) {
      expect(await handlers[type]?.({ marker: type }, undefined as never)).toEqual({
        type,
        data: { marker: type },
      });
    }
  });
});
