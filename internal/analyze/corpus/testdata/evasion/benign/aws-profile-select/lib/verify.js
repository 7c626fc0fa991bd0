'use strict';
const { STSClient, GetCallerIdentityCommand } = require('@aws-sdk/client-sts');
const { fromIni } = require('@aws-sdk/credential-providers');

// Calls sts:GetCallerIdentity using the SDK's own credential chain for the
// given profile. Credentials are only ever sent (signed) to AWS STS.
async function whoami(profile, region) {
  const client = new STSClient({ region: region || 'us-east-1', credentials: fromIni({ profile }) });
  const res = await client.send(new GetCallerIdentityCommand({}));
  return { account: res.Account, arn: res.Arn, userId: res.UserId };
}

module.exports = { whoami };
