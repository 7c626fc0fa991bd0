export interface TrackOpts { campaignId: string; email: string; variant?: string }
export declare class PixelBuilder {
  constructor(opts: { secret: string; baseUrl?: string; accountId: string });
  openPixelUrl(opts: TrackOpts): string;
  pixelTag(opts: TrackOpts): string;
  clickUrl(target: string, opts: { campaignId: string; email: string; linkId?: string }): string;
  instrumentHtml(html: string, opts: { campaignId: string; email: string }): string;
  verify(query: string): boolean;
}
export declare function recipientToken(email: string, secret: string): string;
