'use strict';
module.exports = (info) => ({
  text: `${info.status === 'success' ? ':white_check_mark:' : ':x:'} *${info.repo}* \`${info.branch}\` ${info.workflow} #${info.run} — <${info.url}|details>`
});
