// Demo list. Real extensions should load a maintained list (e.g. bundled EasyPrivacy-derived JSON).
export const TRACKER_DOMAINS = [
  'tracker.example.com',
  'pixel.example.net',
  'ads.example.org',
  'metrics.example.net',
  'collect.example.com'
];

export const TRACKING_PARAMS = [
  'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content',
  'gclid', 'fbclid', 'msclkid', 'mc_eid', 'igshid', '_hsenc', '_hsmi'
];
