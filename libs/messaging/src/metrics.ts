import { Counter, Histogram } from 'prom-client';

/** Process-wide messaging metrics, on prom-client's default registry (served at /metrics). */
export const relayMetrics = {
  published: new Counter({
    name: 'brigade_outbox_published_total',
    help: 'Events published from the outbox',
  }),
  unroutable: new Counter({
    name: 'brigade_outbox_unroutable_total',
    help: 'Events the broker returned as unroutable',
  }),
};

export const consumerMetrics = {
  handled: new Counter({
    name: 'brigade_messages_handled_total',
    help: 'Messages handled by consumers, by outcome',
    labelNames: ['queue', 'outcome'] as const,
  }),
  duration: new Histogram({
    name: 'brigade_message_handle_seconds',
    help: 'Time to handle one message, inbox and effect included',
    labelNames: ['queue'] as const,
    buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  }),
};
