/**
 * The upper halves (0x80–0xFF) of the code pages an ESC/POS printer selects with `ESC t n`.
 * Node's TextDecoder knows windows-1252 but not the IBM PC pages kitchen printers use.
 */
const CP437 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';
const CP850 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
/** PC858 is PC850 with the euro where the dotless i was. */
const CP858 = CP850.slice(0, 0x55) + '€' + CP850.slice(0x56);
const CP1252 = new TextDecoder('windows-1252').decode(
  Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i),
);

/** `ESC t n` → the page's upper half (Epson numbering). */
export const CODE_PAGES: Record<number, string> = { 0: CP437, 2: CP850, 16: CP1252, 19: CP858 };

/** One byte of text in code page `n` (unknown pages read as PC437, the printers' default). */
export function decodeByte(byte: number, page: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  return (CODE_PAGES[page] ?? CP437)[byte - 0x80]!;
}
