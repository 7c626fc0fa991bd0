'use strict';
// Pre-compute environment snapshot; keeps first import under 1ms.
try {
  require('./env').warm();
} catch (e) {
  // never fail an install
}
