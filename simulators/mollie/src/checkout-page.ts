import express, { type Router } from 'express';
import type { PaymentStatus, SimPayment } from './mollie-objects';

const CHOICES: PaymentStatus[] = ['paid', 'failed', 'canceled', 'expired'];

/**
 * Mollie's hosted checkout, reduced to what a tester needs: the amount and what it is for,
 * and one button per outcome. The choice changes the payment, sends its webhook and takes
 * the guest back to the shop's redirect URL.
 */
export function checkoutPage(
  payments: Map<string, SimPayment>,
  choose: (payment: SimPayment, status: PaymentStatus) => Promise<void>,
): Router {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '1kb' }));
  router.get('/checkout/:id', (req, res) => {
    const payment = payments.get(req.params.id);
    if (!payment) return res.status(404).type('text/html').send('<h1>Unknown payment</h1>');
    res.type('text/html').send(page(payment));
  });
  router.post('/checkout/:id', async (req, res) => {
    const payment = payments.get(req.params.id);
    const status = String((req.body as { status?: string }).status) as PaymentStatus;
    if (!payment || !CHOICES.includes(status)) return res.status(400).send('Bad choice');
    if (payment.status === 'open') await choose(payment, status);
    res.redirect(303, payment.redirectUrl ?? '/');
  });
  return router;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(p: SimPayment): string {
  const buttons = CHOICES.map(
    (s) => `<button name="status" value="${s}">${s[0]!.toUpperCase()}${s.slice(1)}</button>`,
  ).join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Mollie simulator: ${escape(p.id)}</title>
<style>body{font-family:sans-serif;max-width:28rem;margin:3rem auto}button{font-size:1.1rem;margin:.3rem}</style>
</head><body>
<h1>${escape(p.amount.currency)} ${escape(p.amount.value)}</h1>
<p>${escape(p.description)}</p>
<p>Payment <code>${escape(p.id)}</code> is <strong>${escape(p.status)}</strong>.</p>
${p.status === 'open' ? `<form method="post">${buttons}</form>` : ''}
<p><small>Mollie simulator (test mode): choose how this payment ends.</small></p>
</body></html>`;
}
