// On an embed page inside an iframe: tells the host page the content's height whenever it changes, so
// the host's snippet (src/lib/figures/figure-share-html.ts, embedCode) can size the iframe to it. The
// message holds the height only, so it may go to any host ('*').
import { EMBED_MESSAGE_TYPE } from '../lib/figures/figure-share-html';

function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

if (window.parent !== window) {
  let last = 0;
  const post = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_MESSAGE_TYPE, height, path: location.pathname }, '*');
  };
  new ResizeObserver(post).observe(document.body);
  post();
}
