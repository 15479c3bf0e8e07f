// "Bagikan bukti hitungan" (share a receipt) in the Pekerja and Perangkat desa journeys: the
// receipt of the answer on screen as a link (#/r/…, docs/RULES.md "Receipts"), to copy or share.
// Whoever opens it gets the same check as a scanned quote. The link holds everything (the input
// and the figures) in its fragment, which no browser sends to a server.
import { esc } from './dom.js';
import { t } from './i18n.js';
import { receipt, receiptLink } from './engine.js';
import { engineErrorText } from './ui.js';

/** The button and the place where the link appears (id: the box's id). */
export const shareHtml = (id) => `<div class="card no-print rc-share" id="${id}">
  <button type="button" class="btn" data-rc="make">${esc(t('share.receipt'))}</button>
  <p class="small">${esc(t('share.hint'))}</p><div data-rc="out" role="status"></div></div>`;

/** Wires a box of shareHtml: its button makes the receipt of `input` and shows the link. */
export function wireShare(box, input) {
  if (!box) return;
  let link = '';
  box.addEventListener('click', async (e) => {
    const b = e.target.closest('[data-rc]');
    const out = box.querySelector('[data-rc="out"]');
    if (!b || b === out) return;
    const act = b.dataset.rc;
    if (act === 'make') {
      const rec = await receipt(input);
      if (rec.error) { out.textContent = engineErrorText(rec.error); return; }
      link = await receiptLink(rec);
      out.innerHTML = `<input class="rc-link" readonly value="${esc(link)}" aria-label="${esc(t('share.receipt'))}">
        <div class="buttons"><button type="button" class="btn" data-rc="copy">${esc(t('share.copy'))}</button>
        ${navigator.share ? `<button type="button" class="btn" data-rc="share">${esc(t('agen.share'))}</button>` : ''}
        <a class="btn ghost" href="${esc(link)}" target="_blank" rel="noopener">${esc(t('share.open'))}</a></div><p class="small" data-rc="done"></p>`;
    } else if (act === 'copy') {
      const field = box.querySelector('.rc-link');
      const done = () => { box.querySelector('[data-rc="done"]').textContent = t('share.copied'); };
      const fallback = () => { field.select(); document.execCommand('copy'); done(); };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(link).then(done, fallback);
      else fallback();
    } else if (act === 'share') {
      navigator.share({ title: t('share.receipt'), url: link }).catch(() => {});
    }
  });
}
