import type { OrderLine } from '@brigade/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** billing's copy of an order, built from order events (event-carried state). */
@Entity('billable_orders')
export class BillableOrderEntity {
  @PrimaryColumn('uuid') orderId!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') locationId!: string;
  @Column('integer') orderNumber!: number;
  @Column('jsonb') lines!: OrderLine[];
  @Column('integer') totalMinor!: number;
  @Column('char', { length: 3 }) currency!: string;
  @Column('integer') orderVersion!: number;
  @Column('timestamptz') placedAt!: Date;
}
