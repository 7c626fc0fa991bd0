'use strict';
module.exports = {
  aws: {
    dnsSuffix: 'amazonaws.com',
    regions: ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'af-south-1', 'ap-east-1',
      'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1',
      'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3',
      'eu-north-1', 'eu-south-1', 'me-south-1', 'sa-east-1']
  },
  'aws-cn': { dnsSuffix: 'amazonaws.com.cn', regions: ['cn-north-1', 'cn-northwest-1'] },
  'aws-us-gov': { dnsSuffix: 'amazonaws.com', regions: ['us-gov-west-1', 'us-gov-east-1'] }
};
