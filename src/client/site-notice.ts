// A quiet notice at the top of any page, about the site itself rather than a widget: a new version is
// ready (with a reload button), part of the page could not load because the network does not answer
// (with a retry button), or the page came from the offline copy because the network was slow or
// failing. Texts come from the page context (PageHead.astro), so every page has them.
import { optionalPageContext } from './page-context';

type NoticeKind = 'update' | 'slow' | 'stale';

function noticeText() {
  return optionalPageContext()?.notices ?? null;
}

/**
 * Shows (once) the notice of a kind; `onAccept` runs when the reader presses its button. The 'slow'
 * notice goes away when pressed (its retry may bring it back); the 'update' one stays until the reload.
 */
export function showSiteNotice(kind: NoticeKind, onAccept: () => void = () => location.reload()): void {
  const text = noticeText();
  if (!text || document.querySelector(`.site-notice[data-kind="${kind}"]`)) return;
  const notice = document.createElement('div');
  notice.className = 'site-notice';
  notice.dataset.kind = kind;
  notice.setAttribute('role', 'status');
  const message = document.createElement('p');
  message.textContent = text[kind];
  notice.append(message);
  if (kind !== 'stale') {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = kind === 'update' ? text.update_button : text.slow_button;
    button.addEventListener('click', () => {
      button.disabled = true;
      if (kind === 'slow') {
        notice.remove();
        // The pressed button is gone: focus goes on to the content, not back to <body>.
        document.getElementById('main')?.focus();
      }
      onAccept();
    });
    notice.append(button);
  }
  document.body.prepend(notice);
}
