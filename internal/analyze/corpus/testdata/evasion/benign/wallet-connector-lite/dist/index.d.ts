export { Connector } from './connector';
export type { Eip1193Provider, ConnectorState } from './connector';
export { isAddress, toChecksumAddress, isChecksumValid, shortenAddress } from './address';
export type { Address } from './address';
