import { encodeEscPos } from './escpos';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('ESC/POS for the kitchen printers', () => {
  it('selects code page 858, prints umlauts, ß and € in it, large lines double size, and cuts', () => {
    const bytes = encodeEscPos([
      { text: 'GRILL', big: true, center: true },
      { text: '2x Käsespätzle, Grüße: 3,50 €, Soße' },
    ]);

    expect(hex(bytes)).toContain('1b7413'); // ESC t 19: PC858
    // "Käsespätzle" with ä = 0x84 in PC858; "Grüße" with ü = 0x81, ß = 0xe1; € = 0xd5.
    expect(hex(bytes)).toContain(Buffer.from('K\x84sesp\x84tzle', 'latin1').toString('hex'));
    expect(hex(bytes)).toContain(Buffer.from('Gr\x81\xe1e', 'latin1').toString('hex'));
    expect(hex(bytes)).toContain('d5');
    expect(hex(bytes)).toContain('1d2111'); // GS ! 0x11: double width and height
    expect(hex(bytes)).toMatch(/1d56(01|41)/); // GS V: cut
  });
});
