import { canMove, isFinal } from './payment';

describe('the payment status machine', () => {
  it('moves forward through open, pending and authorized to a final status', () => {
    expect(canMove('creating', 'open')).toBe(true);
    expect(canMove('open', 'pending')).toBe(true);
    expect(canMove('pending', 'authorized')).toBe(true);
    expect(canMove('authorized', 'paid')).toBe(true);
    expect(canMove('open', 'paid')).toBe(true);
    expect(canMove('creating', 'paid')).toBe(true);
    expect(canMove('pending', 'failed')).toBe(true);
  });

  it('never moves back, sideways between finals, or to where it is', () => {
    expect(canMove('paid', 'open')).toBe(false);
    expect(canMove('paid', 'failed')).toBe(false);
    expect(canMove('expired', 'paid')).toBe(false);
    expect(canMove('pending', 'open')).toBe(false);
    expect(canMove('open', 'open')).toBe(false);
    expect(canMove('paid', 'paid')).toBe(false);
  });

  it('knows the final statuses', () => {
    expect(['paid', 'failed', 'canceled', 'expired'].every((s) => isFinal(s as never))).toBe(true);
    expect(['creating', 'open', 'pending', 'authorized'].some((s) => isFinal(s as never))).toBe(
      false,
    );
  });
});
