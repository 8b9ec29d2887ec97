import type { FiscalReceipt } from '@brigade/contracts';
import { deadLetter } from './dead-letter';
import type { PosOrderState } from './fiscal-pos';
import { isOpen, type FiscalPush } from './fiscal-push';
import type { PosAdapterDeps } from './ports';
import { orderFiscalized } from './push-events';

/**
 * What the register says of our order, applied under the push's lock so each outcome is
 * applied once, whether it came by the push's answer, a callback or a poll: processed →
 * the receipt and `order.fiscalized.v1`; canceled or processing_error → the dead letters
 * (the register will not sign it by itself); accepted/processing → we keep following it.
 * A push already final ignores late news.
 */
export async function applyPosStatus(
  deps: PosAdapterDeps,
  pushId: string,
  state: PosOrderState,
  polled = false,
): Promise<FiscalPush | undefined> {
  return deps.transaction(async () => {
    const push = await deps.pushes.lock(pushId);
    if (!push) return undefined;
    const now = deps.clock.now();
    const known: FiscalPush = {
      ...push,
      posOrderId: push.posOrderId ?? state.id,
      posStatus: state.status,
      lastPolledAt: polled ? now : push.lastPolledAt,
      updatedAt: now,
    };
    if (!isOpen(push) || (push.posOrderId !== null && push.posOrderId !== state.id)) {
      if (polled) await deps.pushes.save({ ...push, lastPolledAt: now });
      return push;
    }
    switch (state.status) {
      case 'accepted':
      case 'processing':
        await deps.pushes.save({ ...known, status: state.status, lastError: null });
        return known;
      case 'processed': {
        if (!state.tse) {
          await deps.pushes.save({ ...known, status: 'processing' });
          return known;
        }
        const done: FiscalPush = {
          ...known,
          status: 'processed',
          lastError: null,
          receipt: receiptOf(state.tse),
          fiscalizedAt: now,
        };
        await deps.pushes.save(done);
        await deps.outbox.add([orderFiscalized(done, now)]);
        return done;
      }
      case 'canceled':
        return deadLetter(deps, known, 'permanent', 'canceled at the POS');
      case 'processing_error':
        return deadLetter(
          deps,
          known,
          'permanent',
          `processing_error at the POS: ${state.errorMessage ?? 'no reason given'}`,
        );
    }
  });
}

const receiptOf = (tse: NonNullable<PosOrderState['tse']>): FiscalReceipt => ({
  transactionNumber: tse.transactionNumber,
  signatureCounter: tse.signatureCounter,
  signature: tse.signature,
  deviceSerial: tse.tseSerialNumber,
  clientId: tse.clientId,
  startedAt: new Date(tse.startTime).toISOString(),
  finishedAt: new Date(tse.endTime).toISOString(),
  qrCode: tse.qrCodeData,
});
