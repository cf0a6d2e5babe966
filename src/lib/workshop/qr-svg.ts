import QRCode from 'qrcode';
import { escapeHtml } from '../format/escape-html';

/** How a QR code is drawn. */
export interface QrSvgOptions {
  /** The accessible name (what the code leads to, in words). */
  label: string;
  /** Error correction: M (15 %) for a projected or printed link, which a phone reads at an angle. */
  level?: 'L' | 'M' | 'Q' | 'H';
  /** Extra class on the <svg>. */
  className?: string;
}

/** Light modules around the symbol, as the QR standard asks, so a reader finds its edges. */
const QUIET_ZONE = 4;

/**
 * A QR code as an inline SVG (black modules on white, one path of row runs, crisp at any size), made
 * with the `qrcode` library's encoder. The same function runs at build time (the join code on the first
 * slide and the handout) and on a participant's phone (their code for the trainer's camera), so no
 * request and no network is needed. Text that is only digits and capitals (a group code) is encoded
 * in QR's compact alphanumeric mode, which keeps the symbol small and easy to read from a distance.
 */
export function qrSvg(text: string, options: QrSvgOptions): string {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: options.level ?? 'M' });
  const size = modules.size;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && modules.get(y, x)) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h-${x - start}z`;
    }
  }
  const total = size + 2 * QUIET_ZONE;
  const className = options.className ? ` ${escapeHtml(options.className)}` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="ws-qr${className}" viewBox="0 0 ${total} ${total}" role="img" aria-label="${escapeHtml(options.label)}" shape-rendering="crispEdges" data-modules="${size}">` +
    `<rect width="${total}" height="${total}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}
