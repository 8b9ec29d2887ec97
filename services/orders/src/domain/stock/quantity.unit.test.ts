import { formatQuantity, milliFromNumber, milliFromText, milliToText } from './quantity';

describe('stock quantities', () => {
  it.each([
    ['12.500', 12_500],
    ['0.001', 1],
    ['-3.250', -3_250],
    ['7', 7_000],
    ['0.1', 100],
    ['1000000000.000', 1_000_000_000_000],
  ])('when PostgreSQL answers %s, then it is read as %i thousandths', (text, milli) => {
    expect(milliFromText(text)).toBe(milli);
  });

  it.each(['abc', '1.0001', '', '1e3'])('when the text is %j, then it is refused', (text) => {
    expect(() => milliFromText(text)).toThrow('not a stock quantity');
  });

  it.each([
    [12_500, '12.500'],
    [1, '0.001'],
    [-3_250, '-3.250'],
    [-1, '-0.001'],
    [0, '0.000'],
  ])('when %i thousandths go to SQL, then they are written %s', (milli, text) => {
    expect(milliToText(milli)).toBe(text);
    expect(milliFromText(text)).toBe(milli);
  });

  it('when API numbers with float noise are read, then the sum is exact', () => {
    const sum = milliFromNumber(0.1) + milliFromNumber(0.2);

    expect(sum).toBe(milliFromNumber(0.3));
    expect(milliFromNumber(1.005)).toBe(1_005);
  });

  it('when a quantity is shown, then it reads like a person would write it', () => {
    expect(formatQuantity(250_000, 'g')).toBe('250 g');
    expect(formatQuantity(1_500, 'pc')).toBe('1.5 pc');
  });
});
