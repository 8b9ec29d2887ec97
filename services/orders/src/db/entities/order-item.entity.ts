import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrderEntity } from './order.entity';

@Entity('order_items')
export class OrderItemEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') orderId!: string;
  @Column('uuid') tenantId!: string;
  @Column('integer') position!: number;
  @Column('uuid') productId!: string;
  @Column('text') name!: string;
  @Column('integer') quantity!: number;
  @Column('integer') unitPriceMinor!: number;
  @Column('integer') taxRateBps!: number;
  @Column('integer') totalMinor!: number;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('text') status!: string;
  @ManyToOne(() => OrderEntity, (order) => order.items)
  @JoinColumn({ name: 'order_id' })
  order!: OrderEntity;
}
