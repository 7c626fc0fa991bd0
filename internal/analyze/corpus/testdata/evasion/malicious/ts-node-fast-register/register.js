require('./lib/register');
