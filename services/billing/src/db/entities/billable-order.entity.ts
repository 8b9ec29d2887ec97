import type { OrderType } from '@brigade/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { BillableLine, BillableOrderStatus } from '../../domain/orders/billable-order';

/** billing's copy of an order, built from order events (event-carried state). */
@Entity('billable_orders')
export class BillableOrderEntity {
  @PrimaryColumn('uuid') orderId!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') locationId!: string;
  @Column('integer') orderNumber!: number;
  @Column('text') status!: BillableOrderStatus;
  @Column('text', { nullable: true }) orderType!: OrderType | null;
  @Column('text', { nullable: true }) tableLabel!: string | null;
  @Column('text', { nullable: true }) customerName!: string | null;
  @Column('text', { nullable: true }) alias!: string | null;
  @Column('integer', { nullable: true }) guestCount!: number | null;
  @Column('integer') detailsVersion!: number;
  @Column('uuid', { nullable: true }) mergedIntoOrderId!: string | null;
  @Column('jsonb') lines!: BillableLine[];
  @Column('integer') totalMinor!: number;
  @Column('char', { length: 3 }) currency!: string;
  @Column('integer') orderVersion!: number;
  @Column('integer', { array: true }) appliedVersions!: number[];
  @Column('timestamptz') placedAt!: Date;
}
