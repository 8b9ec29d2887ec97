import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The minimal menu: what a location sells, at what price and tax rate. */
@Entity('products')
export class ProductEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('uuid') locationId!: string;
  @Column('text') name!: string;
  @Column('integer') priceMinor!: number;
  @Column('char', { length: 3 }) currency!: string;
  @Column('integer') taxRateBps!: number;
  @Column('boolean') available!: boolean;
}
