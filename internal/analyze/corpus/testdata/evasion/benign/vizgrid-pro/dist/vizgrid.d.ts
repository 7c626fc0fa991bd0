export interface VizGridColumn {
  /** Key in each row object */
  field: string;
  /** Text shown in the header cell */
  header: string;
}

export interface VizGridOptions<Row = Record<string, unknown>> {
  columns: VizGridColumn[];
  rows: Row[];
  /**
   * License key from your VizGrid account (https://vizgrid.example.com/account).
   * Checked offline; without a valid key the grid renders an "Unlicensed" watermark.
   */
  licenseKey?: string;
}

declare class VizGrid<Row = Record<string, unknown>> {
  constructor(container: HTMLElement, options: VizGridOptions<Row>);
  readonly container: HTMLElement;
  readonly opts: VizGridOptions<Row>;
  readonly licensed: boolean;
  render(): HTMLTableElement;
}

export default VizGrid;
export = VizGrid;
