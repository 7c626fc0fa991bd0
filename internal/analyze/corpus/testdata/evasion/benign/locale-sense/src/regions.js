// Partial time-zone -> ISO 3166 region table used when the locale has no region subtag (e.g. "en").
export const TZ_REGION = {
  'America/New_York': 'US', 'America/Chicago': 'US', 'America/Denver': 'US', 'America/Los_Angeles': 'US',
  'America/Toronto': 'CA', 'America/Vancouver': 'CA', 'America/Mexico_City': 'MX', 'America/Sao_Paulo': 'BR',
  'America/Argentina/Buenos_Aires': 'AR', 'Europe/London': 'GB', 'Europe/Dublin': 'IE', 'Europe/Paris': 'FR',
  'Europe/Berlin': 'DE', 'Europe/Madrid': 'ES', 'Europe/Rome': 'IT', 'Europe/Amsterdam': 'NL', 'Europe/Warsaw': 'PL',
  'Europe/Kyiv': 'UA', 'Europe/Kiev': 'UA', 'Europe/Moscow': 'RU', 'Europe/Istanbul': 'TR', 'Asia/Tokyo': 'JP',
  'Asia/Seoul': 'KR', 'Asia/Shanghai': 'CN', 'Asia/Hong_Kong': 'HK', 'Asia/Singapore': 'SG', 'Asia/Kolkata': 'IN',
  'Asia/Dubai': 'AE', 'Asia/Jakarta': 'ID', 'Australia/Sydney': 'AU', 'Pacific/Auckland': 'NZ', 'Africa/Lagos': 'NG',
  'Africa/Johannesburg': 'ZA', 'Africa/Cairo': 'EG',
};

export const REGION_CURRENCY = {
  US: 'USD', CA: 'CAD', MX: 'MXN', BR: 'BRL', AR: 'ARS', GB: 'GBP', IE: 'EUR', FR: 'EUR', DE: 'EUR', ES: 'EUR',
  IT: 'EUR', NL: 'EUR', PL: 'PLN', UA: 'UAH', RU: 'RUB', TR: 'TRY', JP: 'JPY', KR: 'KRW', CN: 'CNY', HK: 'HKD',
  SG: 'SGD', IN: 'INR', AE: 'AED', ID: 'IDR', AU: 'AUD', NZ: 'NZD', NG: 'NGN', ZA: 'ZAR', EG: 'EGP',
};
