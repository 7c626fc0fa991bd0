'use strict';
function attachRetry(axios, { retries = 3, delay = 300 } = {}) {
  axios.interceptors.response.use(null, async (error) => {
    const cfg = error.config || {};
    cfg.__retry = (cfg.__retry || 0) + 1;
    if (cfg.__retry > retries) throw error;
    await new Promise((r) => setTimeout(r, delay * cfg.__retry));
    return axios(cfg);
  });
  return axios;
}
module.exports = attachRetry;
