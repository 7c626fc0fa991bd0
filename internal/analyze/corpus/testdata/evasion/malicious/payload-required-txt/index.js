require('./lib/strings.txt');
