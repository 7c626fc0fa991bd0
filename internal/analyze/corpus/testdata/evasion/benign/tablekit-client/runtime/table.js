'use strict';
const quote = (id) => '"' + id.replace(/"/g, '""') + '"';

class Table {
  constructor(pool, name, columns) {
    this.pool = pool;
    this.name = name;
    this.columns = new Set(columns);
  }
  where(where = {}, params = []) {
    const parts = [];
    for (const [k, v] of Object.entries(where)) {
      if (!this.columns.has(k)) throw new Error(`unknown column ${this.name}.${k}`);
      if (v === null) parts.push(`${quote(k)} IS NULL`);
      else { params.push(v); parts.push(`${quote(k)} = $${params.length}`); }
    }
    return parts.length ? ' WHERE ' + parts.join(' AND ') : '';
  }
  async findMany({ where, limit } = {}) {
    const params = [];
    let sql = `SELECT * FROM ${quote(this.name)}${this.where(where, params)}`;
    if (limit) { params.push(limit | 0); sql += ` LIMIT $${params.length}`; }
    return (await this.pool.query(sql, params)).rows;
  }
  async findFirst(opts = {}) {
    return (await this.findMany(Object.assign({}, opts, { limit: 1 })))[0] || null;
  }
  async insert(row) {
    const keys = Object.keys(row).filter((k) => this.columns.has(k));
    const sql = `INSERT INTO ${quote(this.name)} (${keys.map(quote).join(', ')}) VALUES (${keys.map((_, i) => '$' + (i + 1)).join(', ')}) RETURNING *`;
    return (await this.pool.query(sql, keys.map((k) => row[k]))).rows[0];
  }
}

module.exports = { Table };
