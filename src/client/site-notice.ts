// A quiet notice at the top of any page, about the site itself rather than a widget: a new version is
// ready (with a reload button), or the page came from the offline copy because the network was slow
// or failing. Texts come from the page context (PageHead.astro), so every page has them.
import { optionalPageContext } from './page-context';

type NoticeKind = 'update' | 'stale';

function noticeText() {
  return optionalPageContext()?.notices ?? null;
}

/** Shows (once) the notice of a kind; `onAccept` runs when the reader presses its button. */
export function showSiteNotice(kind: NoticeKind, onAccept: () => void = () => location.reload()): void {
  const text = noticeText();
  if (!text || document.querySelector(`.site-notice[data-kind="${kind}"]`)) return;
  const notice = document.createElement('div');
  notice.className = 'site-notice';
  notice.dataset.kind = kind;
  notice.setAttribute('role', 'status');
  const message = document.createElement('p');
  message.textContent = kind === 'update' ? text.update : text.stale;
  notice.append(message);
  if (kind === 'update') {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text.update_button;
    button.addEventListener('click', () => {
      button.disabled = true;
      onAccept();
    });
    notice.append(button);
  }
  document.body.prepend(notice);
}
