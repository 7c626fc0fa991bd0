// Declaration source for runtime/table.js (emitted as runtime/table.d.ts by `prepare`).
export interface FindOptions<Row> { where?: Partial<Row>; limit?: number }
export declare class Table<Row = Record<string, unknown>> {
  constructor(pool: unknown, name: string, columns: string[]);
  findMany(o?: FindOptions<Row>): Promise<Row[]>;
  findFirst(o?: FindOptions<Row>): Promise<Row | null>;
  insert(row: Partial<Row>): Promise<Row>;
}
