/**
 * "새 버전이 있습니다 — 새로고침": a small notice at the bottom of the page when
 * a new deployment is ready (./registerServiceWorker.ts). Plain DOM in the
 * lazily loaded registration chunk, styled inline with Infima's variables (so
 * it follows light and dark mode) and Infima's button classes: a stylesheet
 * would go into the one CSS file every first visit loads.
 */
const TOAST_ID = 'k8s-update-toast';

const TOAST_STYLE = [
  'position:fixed',
  'z-index:var(--ifm-z-index-fixed)',
  'bottom:1rem',
  'left:1rem',
  'right:1rem',
  'width:fit-content',
  'max-width:calc(100% - 2rem)',
  'margin-inline:auto',
  'display:flex',
  'flex-wrap:wrap',
  'align-items:center',
  'gap:0.5rem 0.75rem',
  'padding:0.625rem 0.75rem 0.625rem 1rem',
  'border:1px solid var(--ifm-color-emphasis-300)',
  'border-radius:var(--ifm-global-radius)',
  'background:var(--ifm-background-surface-color)',
  'color:var(--ifm-font-color-base)',
  'box-shadow:var(--ifm-global-shadow-md)',
].join(';');

function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

/** Shows the notice (once); `reload` is called when the reader chooses 새로고침. */
export function showUpdateToast(reload: () => void): void {
  if (document.getElementById(TOAST_ID)) return;
  const toast = document.createElement('div');
  toast.id = TOAST_ID;
  // A live region announces what is added to it after it is in the page:
  // the region first, its text in the next frame.
  toast.setAttribute('role', 'status');
  toast.style.cssText = TOAST_STYLE;
  const close = () => toast.remove();
  toast.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  document.body.append(toast);
  requestAnimationFrame(() => {
    const message = document.createElement('span');
    message.textContent = '새 버전이 있습니다';
    const dash = document.createElement('span');
    dash.textContent = '—';
    dash.setAttribute('aria-hidden', 'true');
    const reloadButton = button('새로고침', 'button button--primary', () => {
      reloadButton.disabled = true;
      reload();
    });
    const closeButton = button('×', 'clean-btn', close);
    closeButton.setAttribute('aria-label', '닫기');
    closeButton.style.cssText = 'font-size:1.25rem;line-height:1;padding:0.25rem 0.5rem;color:inherit';
    toast.append(message, dash, reloadButton, closeButton);
  });
}
