// <bip-handout>: the handout's print button (window.print, so "Save as PDF" is one step away) and
// today's date on the date line; without JavaScript the line stays blank for a pen.
class Handout extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector<HTMLButtonElement>('[data-role="print"]')!;
    button.hidden = false;
    button.addEventListener('click', () => window.print());
    const today = document.querySelector<HTMLElement>('[data-role="today"]');
    if (today) {
      const locale = document.documentElement.lang || undefined;
      today.textContent = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    }
  }
}

if (!customElements.get('bip-handout')) customElements.define('bip-handout', Handout);
