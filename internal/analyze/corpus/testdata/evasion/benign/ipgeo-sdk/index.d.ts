export interface GeoResult { ip: string; country: string; city?: string; asn?: number; timeZone?: string; }
export declare class IpGeo {
  constructor(opts?: { apiKey?: string; baseUrl?: string; cacheSize?: number; timeout?: number });
  lookup(ip?: string): Promise<GeoResult>;
  country(ip?: string): Promise<string>;
}
export default IpGeo;
