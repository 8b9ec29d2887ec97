import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A restaurant of a tenant (business). The full tenant model comes with auth. */
@Entity('locations')
export class LocationEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid') tenantId!: string;
  @Column('text') name!: string;
  @Column('char', { length: 3 }) currency!: string;
  @Column('text') timezone!: string;
}
