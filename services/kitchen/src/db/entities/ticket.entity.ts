import { Column, Entity, OneToMany, PrimaryColumn } from 'typeorm';
import { TicketItemEntity } from './ticket-item.entity';

@Entity('tickets')
export class TicketEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') locationId!: string;
  @Column('uuid') orderId!: string;
  @Column('integer') orderNumber!: number;
  @Column('uuid') fireId!: string;
  @Column('text') station!: string;
  @Column('text') status!: string;
  @Column('text') type!: string;
  @Column('text') channel!: string;
  @Column('text', { nullable: true }) tableLabel!: string | null;
  @Column('text', { nullable: true }) customerName!: string | null;
  @Column('timestamptz') firedAt!: Date;
  @Column('timestamptz') createdAt!: Date;
  @Column('uuid', { nullable: true }) diningAreaId!: string | null;
  @Column('timestamptz', { nullable: true }) bumpedAt!: Date | null;
  @Column('integer') version!: number;
  @OneToMany(() => TicketItemEntity, (item) => item.ticket)
  items!: TicketItemEntity[];
}
