import { maskPayload } from './mask';

describe('maskPayload', () => {
  it('when a payload carries credentials at any depth, then their values are hidden', () => {
    const masked = maskPayload({
      login: { user: 'brigade', password: 'hunter2' },
      headers: { Authorization: 'Bearer abc', 'X-Api-Key': 'bk_123' },
      items: [{ name: 'Schnitzel', clientSecret: 's3cr3t' }],
    });

    expect(masked).toEqual({
      login: { user: 'brigade', password: '***' },
      headers: { Authorization: '***', 'X-Api-Key': '***' },
      items: [{ name: 'Schnitzel', clientSecret: '***' }],
    });
  });

  it('when a text holds a card number, then only its last four digits stay', () => {
    expect(maskPayload({ note: 'card 4111 1111 1111 1111 declined' })).toEqual({
      note: 'card ****1111 declined',
    });
    expect(maskPayload({ cardNumber: '5555555555554444' })).toEqual({ cardNumber: '***' });
  });

  it('when digits are no card number (Luhn fails), then they stay as they are', () => {
    expect(maskPayload({ phone: '+49 1234 5678 9012 34' })).toEqual({
      phone: '+49 1234 5678 9012 34',
    });
    expect(maskPayload({ total: 1234, id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).toEqual({
      total: 1234,
      id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    });
  });
});
