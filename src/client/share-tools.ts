// Small helpers the share panels and the downloads use: copy a field's text, save a Blob, today's date,
// an SVG drawn as PNG, and the copy buttons of a panel.
import { fillTemplate } from '../lib/format/fill-template';

/** Copies a read-only field's text: the Clipboard API, else selecting it and the legacy copy command. */
export async function copyText(field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

/** Offers a Blob as a download under a file name. */
export function saveBlob(blob: Blob, filename: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Today in the reader's time zone as YYYY-MM-DD (the access date of a citation). */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Draws an SVG to a canvas at twice its size (for slides and memos) and returns the PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('no png');
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Wires the share panels inside `root`: shows their copy buttons (copying needs JavaScript) and, on a
 * click, copies the field's text and says so in the panel's status line ("Kopierat: Länk …"). Listens
 * on `root`, so a panel re-rendered in place keeps working; call `showCopyButtons` after re-rendering.
 */
export function wireCopyButtons(root: HTMLElement, messages: { copied: string; failed: string }): void {
  showCopyButtons(root);
  root.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLElement>('[data-copy]');
    if (!button || !root.contains(button)) return;
    const id = button.dataset.copy!;
    const field = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${CSS.escape(id)}`);
    const status = button.closest('[data-role="share"]')?.querySelector<HTMLElement>('[data-role="share-status"]');
    if (!field || !status) return;
    const label = root.querySelector(`#${CSS.escape(id)}-label`)?.textContent ?? '';
    void copyText(field).then((ok) => {
      status.textContent = ok ? fillTemplate(messages.copied, { what: label }) : messages.failed;
      status.dataset.tone = ok ? 'info' : 'error';
    });
  });
}

/** Shows the copy buttons of the share panels inside `root`. */
export function showCopyButtons(root: HTMLElement): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-copy]')) button.hidden = false;
}
