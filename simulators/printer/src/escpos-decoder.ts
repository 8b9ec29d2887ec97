import { decodeByte } from './code-pages';

/** One printed document: everything up to a cut (or the end of the connection). */
export interface Receipt {
  lines: string[];
  text: string;
  cut: boolean;
  codePage: number;
  receivedAt: string;
}

export type StatusRequest = { kind: 'dle-eot' | 'gs-r'; n: number };

const ESC = 0x1b;
const GS = 0x1d;
const DLE = 0x10;
const FS = 0x1c;

/** ESC commands by their total length (the command byte and its arguments). */
const ESC_LENGTHS: Record<number, number> = {
  0x40: 2, // @ initialize
  0x32: 2, // 2 default line spacing
  0x3c: 2, // < return home
  0x21: 3, // ! print mode
  0x2d: 3, // - underline
  0x33: 3, // 3 line spacing
  0x45: 3, // E bold
  0x47: 3, // G double strike
  0x4a: 3, // J feed
  0x4d: 3, // M font
  0x52: 3, // R international set
  0x56: 3, // V rotate
  0x61: 3, // a align
  0x64: 3, // d feed lines
  0x74: 3, // t code page
  0x7b: 3, // { upside down
  0x63: 4, // c 5 / c 4 panel and sensors
  0x70: 5, // p pulse
};
const GS_LENGTHS: Record<number, number> = {
  0x21: 3, // ! size
  0x42: 3, // B reverse
  0x48: 3, // H HRI position
  0x66: 3, // f HRI font
  0x68: 3, // h barcode height
  0x77: 3, // w barcode width
  0x4c: 4, // L left margin
  0x57: 4, // W print area
  0x72: 3, // r status
};

/**
 * Reads an ESC/POS byte stream as an Epson TM printer does, keeping what it would print:
 * text in the selected code page, line by line, one receipt per cut. Status requests are
 * handed to `onStatus` to be answered; sequences it does not know are skipped by length.
 */
export class EscPosDecoder {
  private pending: number[] = [];
  private line = '';
  private lines: string[] = [];
  private codePage = 0;

  constructor(
    private readonly onReceipt: (r: Receipt) => void,
    private readonly onStatus: (req: StatusRequest) => void,
  ) {}

  push(chunk: Uint8Array): void {
    this.pending.push(...chunk);
    for (;;) {
      const used = this.step();
      if (used === 0) return;
      this.pending.splice(0, used);
    }
  }

  /** The connection ended: what was printed without a cut is a receipt too. */
  end(): void {
    if (this.line) this.newline();
    if (this.lines.length) this.finish(false);
  }

  /** Consumes one command or character; 0 when more bytes are needed. */
  private step(): number {
    const b = this.pending;
    if (b.length === 0) return 0;
    const first = b[0]!;
    if (first === ESC) return this.esc();
    if (first === GS) return this.gs();
    if (first === DLE) {
      if (b.length < 3) return 0;
      if (b[1] === 0x04) this.onStatus({ kind: 'dle-eot', n: b[2]! });
      return 3;
    }
    if (first === FS) return b.length < 2 ? 0 : b[1] === 0x43 ? 3 : 2;
    if (first === 0x0a) this.newline();
    else if (first === 0x09) this.line += '    ';
    else if (first >= 0x20) this.line += decodeByte(first, this.codePage);
    return 1;
  }

  private esc(): number {
    const b = this.pending;
    if (b.length < 2) return 0;
    const length = ESC_LENGTHS[b[1]!] ?? 2;
    if (b.length < length) return 0;
    if (b[1] === 0x40) this.codePage = 0;
    if (b[1] === 0x74) this.codePage = b[2]!;
    if (b[1] === 0x64) for (let i = 0; i < b[2]!; i++) this.newline();
    return length;
  }

  private gs(): number {
    const b = this.pending;
    if (b.length < 2) return 0;
    const cmd = b[1]!;
    if (cmd === 0x56) {
      // GS V m [n]: cut; m 65/66 carry a feed amount.
      const length = b[2] === 65 || b[2] === 66 ? 4 : 3;
      if (b.length < length) return 0;
      if (this.line) this.newline();
      this.finish(true);
      return length;
    }
    if (cmd === 0x28) {
      // GS ( k pL pH data: QR codes and other functions.
      if (b.length < 5) return 0;
      const length = 5 + b[3]! + b[4]! * 256;
      return b.length < length ? 0 : length;
    }
    if (cmd === 0x6b) {
      // GS k m: barcode, NUL-terminated (m ≤ 6) or with a length byte.
      if (b.length < 3) return 0;
      if (b[2]! <= 6) {
        const end = b.indexOf(0, 3);
        return end < 0 ? 0 : end + 1;
      }
      return b.length < 4 || b.length < 4 + b[3]! ? 0 : 4 + b[3]!;
    }
    if (cmd === 0x76) {
      // GS v 0 m xL xH yL yH: a raster image.
      if (b.length < 8) return 0;
      const length = 8 + (b[4]! + b[5]! * 256) * (b[6]! + b[7]! * 256);
      return b.length < length ? 0 : length;
    }
    const length = GS_LENGTHS[cmd] ?? 3;
    if (b.length < length) return 0;
    if (cmd === 0x72) this.onStatus({ kind: 'gs-r', n: b[2]! });
    return length;
  }

  private newline(): void {
    this.lines.push(this.line.replace(/\s+$/, ''));
    this.line = '';
  }

  private finish(cut: boolean): void {
    while (this.lines.length && this.lines.at(-1) === '') this.lines.pop();
    while (this.lines.length && this.lines[0] === '') this.lines.shift();
    const lines = this.lines;
    this.lines = [];
    // Feeds after the last cut, with nothing printed, make no receipt.
    if (!cut && lines.length === 0) return;
    this.onReceipt({
      lines,
      text: lines.join('\n'),
      cut,
      codePage: this.codePage,
      receivedAt: new Date().toISOString(),
    });
  }
}
