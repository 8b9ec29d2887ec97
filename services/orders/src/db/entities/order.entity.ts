import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { OrderItemEntity } from './order-item.entity';

@Entity('orders')
export class OrderEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') locationId!: string;
  @Column('integer') orderNumber!: number;
  @Column('text') type!: string;
  @Column('text') channel!: string;
  @Column('text') status!: string;
  @Column('text', { nullable: true }) tableLabel!: string | null;
  @Column('text', { nullable: true }) customerName!: string | null;
  @Column('integer') totalMinor!: number;
  @Column('char', { length: 3 }) currency!: string;
  @Column('integer') version!: number;
  @Column('timestamptz') createdAt!: Date;
  @Column('timestamptz') updatedAt!: Date;
  @OneToMany(() => OrderItemEntity, (item) => item.order)
  items!: OrderItemEntity[];
}
