export declare class OAuth2Client {
  constructor(opts: { clientId: string; clientSecret: string; refreshToken: string });
  getAccessToken(): Promise<string>;
}
export interface ListOptions { timeMin?: string | Date; timeMax?: string | Date; q?: string; maxResults?: number }
export declare class CalendarClient {
  constructor(opts: { auth?: OAuth2Client; accessToken?: string });
  listCalendars(): Promise<any[]>;
  iterEvents(calendarId?: string, opts?: ListOptions): AsyncGenerator<any>;
  listEvents(calendarId?: string, opts?: ListOptions): Promise<any[]>;
}
