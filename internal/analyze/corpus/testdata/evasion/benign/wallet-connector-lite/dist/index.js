export { Connector } from './connector';
export { isAddress, toChecksumAddress, isChecksumValid, shortenAddress } from './address';
