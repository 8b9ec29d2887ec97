import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { TicketEntity } from './ticket.entity';

@Entity('ticket_items')
export class TicketItemEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') ticketId!: string;
  @Column('integer') position!: number;
  @Column('uuid') lineId!: string;
  @Column('text') name!: string;
  @Column('integer') quantity!: number;
  @Column('text', { nullable: true }) notes!: string | null;
  @Column('text') status!: string;
  @Column('integer') voidedQuantity!: number;
  @Column('uuid', { nullable: true }) productId!: string | null;
  @Column('integer', { nullable: true }) course!: number | null;
  @Column('integer', { nullable: true }) seat!: number | null;
  @Column('text', { array: true }) modifiers!: string[];
  @Column('text', { array: true }) allergens!: string[];
  @Column('text', { nullable: true }) source!: string | null;
  @Column('timestamptz', { nullable: true }) startedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) readyAt!: Date | null;
  @ManyToOne(() => TicketEntity, (ticket) => ticket.items)
  @JoinColumn({ name: 'ticket_id' })
  ticket!: TicketEntity;
}
